(* TwoLayerBase: the Frobenius inner product and the gradient defined as a derivative.

   Definitions (any ring R; the lemmas assume a commutative ring):
   - frob A B = \tr (A^T *m B) (the Frobenius inner product ⟨A, B⟩), sqnorm A = frob A A;
   - lift A = A with entries lifted to constant polynomials of {poly R};
     line W V = lift W + 'X *: lift V, the line W + εV with ε the indeterminate;
   - ddir f W V = (f (line W V))`_1, the derivative d/dε f(W + εV) at ε = 0, for any
     f : 'M[{poly R}] -> {poly R} (for the polynomial f used here, its coefficient of ε);
   - is_grad f W G  <->  ∀ V, ⟨G, V⟩ = ddir f W V  (G is the gradient of f at W);
   - grad f W, the matrix of partial derivatives ddir f W (delta_mx i j);
   - hadamard D A, the entrywise product (ReLU's mask D applied to A).
   Lemmas: the coefficients 0 and 1 of polynomial matrices (cf0M, and cf1M, the product rule),
   bilinearity and adjunctions of frob, frob_delta (⟨G, E_ij⟩ = G_ij); over a real (ordered)
   integral domain, sqnorm_ge0 and sqnorm_gt0 (‖A‖² > 0 for A ≠ 0).
   The derivative lemmas are in TwoLayerDeriv.v. No claim of the ledger is stated here. *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From mathcomp Require Import all_ssreflect all_algebra.
Set Implicit Arguments. Unset Strict Implicit. Unset Printing Implicit Defensive.
Import GRing.Theory Num.Theory.
Local Open Scope ring_scope.

Definition frob {R : ringType} {p q : nat} (A B : 'M[R]_(p, q)) : R := \tr (A^T *m B).
Definition sqnorm {R : ringType} {p q : nat} (A : 'M[R]_(p, q)) : R := frob A A.
Definition lift {R : ringType} {p q : nat} (A : 'M[R]_(p, q)) : 'M[{poly R}]_(p, q) :=
  map_mx polyC A.
Definition line {R : ringType} {p q : nat} (W V : 'M[R]_(p, q)) : 'M[{poly R}]_(p, q) :=
  lift W + 'X *: lift V.
Definition ddir {R : ringType} {p q : nat} (f : 'M[{poly R}]_(p, q) -> {poly R})
  (W V : 'M[R]_(p, q)) : R := (f (line W V))`_1%N.
Definition is_grad {R : ringType} {p q : nat} (f : 'M[{poly R}]_(p, q) -> {poly R})
  (W G : 'M[R]_(p, q)) : Prop := forall V, frob G V = ddir f W V.
Definition grad {R : ringType} {p q : nat} (f : 'M[{poly R}]_(p, q) -> {poly R})
  (W : 'M[R]_(p, q)) : 'M[R]_(p, q) := \matrix_(i, j) ddir f W (delta_mx i j).
Definition hadamard {R : ringType} {p q : nat} (D A : 'M[R]_(p, q)) : 'M[R]_(p, q) :=
  \matrix_(i, j) (D i j * A i j).

(* cf k A: the coefficient of ε^k in every entry of A. *)
Definition cf {R : ringType} {p q : nat} (k : nat) (A : 'M[{poly R}]_(p, q)) : 'M[R]_(p, q) :=
  map_mx (fun a : {poly R} => a`_k) A.

Section Coefficients.
Variable R : comRingType.
Implicit Types p q r : nat.

Lemma cfD p q k (A B : 'M[{poly R}]_(p, q)) : cf k (A + B) = cf k A + cf k B.
Proof. by apply/matrixP => i j; rewrite !mxE coefD. Qed.

Lemma cfN p q k (A : 'M[{poly R}]_(p, q)) : cf k (- A) = - cf k A.
Proof. by apply/matrixP => i j; rewrite !mxE coefN. Qed.

Lemma cfB p q k (A B : 'M[{poly R}]_(p, q)) : cf k (A - B) = cf k A - cf k B.
Proof. by rewrite cfD cfN. Qed.

Lemma cf_tr p q k (A : 'M[{poly R}]_(p, q)) : cf k A^T = (cf k A)^T.
Proof. by apply/matrixP => i j; rewrite !mxE. Qed.

Lemma coef_tr p k (A : 'M[{poly R}]_p) : (\tr A)`_k = \tr (cf k A).
Proof. by rewrite /mxtrace coef_sum; apply: eq_bigr => i _; rewrite mxE. Qed.

Lemma cf0M p q r (A : 'M[{poly R}]_(p, q)) (B : 'M[{poly R}]_(q, r)) :
  cf 0%N (A *m B) = cf 0%N A *m cf 0%N B.
Proof.
apply/matrixP => i j; rewrite !mxE coef_sum; apply: eq_bigr => k _.
by rewrite coefM big_ord1 !mxE.
Qed.

(* The product rule: d(AB) = A₀ dB + dA B₀. *)
Lemma cf1M p q r (A : 'M[{poly R}]_(p, q)) (B : 'M[{poly R}]_(q, r)) :
  cf 1%N (A *m B) = cf 0%N A *m cf 1%N B + cf 1%N A *m cf 0%N B.
Proof.
apply/matrixP => i j; rewrite !mxE coef_sum -big_split; apply: eq_bigr => k _ /=.
by rewrite coefM big_ord_recr big_ord1 /= !mxE.
Qed.

Lemma cf_lift0 p q (A : 'M[R]_(p, q)) : cf 0%N (lift A) = A.
Proof. by apply/matrixP => i j; rewrite !mxE coefC. Qed.

Lemma cf_lift1 p q (A : 'M[R]_(p, q)) : cf 1%N (lift A) = 0.
Proof. by apply/matrixP => i j; rewrite !mxE coefC. Qed.

Lemma cf_line0 p q (W V : 'M[R]_(p, q)) : cf 0%N (line W V) = W.
Proof. by apply/matrixP => i j; rewrite !mxE coefD coefXM coefC addr0. Qed.

Lemma cf_line1 p q (W V : 'M[R]_(p, q)) : cf 1%N (line W V) = V.
Proof. by apply/matrixP => i j; rewrite !mxE coefD coefXM !coefC add0r. Qed.

Lemma cf_hadamard_lift p q k (D : 'M[R]_(p, q)) (A : 'M[{poly R}]_(p, q)) :
  cf k (hadamard (lift D) A) = hadamard D (cf k A).
Proof. by apply/matrixP => i j; rewrite !mxE coefCM. Qed.

End Coefficients.

Section Frobenius.
Variable R : comRingType.
Implicit Types p q r : nat.

Lemma frobC p q (A B : 'M[R]_(p, q)) : frob A B = frob B A.
Proof. by rewrite /frob -mxtrace_tr trmx_mul trmxK. Qed.

Lemma frobDl p q (A B C : 'M[R]_(p, q)) : frob (A + B) C = frob A C + frob B C.
Proof. by rewrite /frob linearD /= mulmxDl mxtraceD. Qed.

Lemma frobNl p q (A C : 'M[R]_(p, q)) : frob (- A) C = - frob A C.
Proof. by rewrite /frob linearN /= mulNmx linearN. Qed.

Lemma frobZl p q a (A C : 'M[R]_(p, q)) : frob (a *: A) C = a * frob A C.
Proof. by rewrite /frob linearZ /= -scalemxAl mxtraceZ. Qed.

Lemma frobBl p q (A B C : 'M[R]_(p, q)) : frob (A - B) C = frob A C - frob B C.
Proof. by rewrite frobDl frobNl. Qed.

Lemma frobDr p q (A B C : 'M[R]_(p, q)) : frob C (A + B) = frob C A + frob C B.
Proof. by rewrite ![frob C _]frobC frobDl. Qed.

Lemma frobNr p q (A C : 'M[R]_(p, q)) : frob C (- A) = - frob C A.
Proof. by rewrite ![frob C _]frobC frobNl. Qed.

Lemma frobZr p q a (A C : 'M[R]_(p, q)) : frob C (a *: A) = a * frob C A.
Proof. by rewrite ![frob C _]frobC frobZl. Qed.

Lemma frobBr p q (A B C : 'M[R]_(p, q)) : frob C (A - B) = frob C A - frob C B.
Proof. by rewrite frobDr frobNr. Qed.

Lemma frob0r p q (A : 'M[R]_(p, q)) : frob A 0 = 0.
Proof. by rewrite /frob mulmx0 mxtrace0. Qed.

(* ⟨A, BC⟩ = ⟨BᵀA, C⟩ and ⟨A, BC⟩ = ⟨ACᵀ, B⟩. *)
Lemma frob_mulr p q r (A : 'M[R]_(p, r)) (B : 'M[R]_(p, q)) (C : 'M[R]_(q, r)) :
  frob A (B *m C) = frob (B^T *m A) C.
Proof. by rewrite /frob trmx_mul trmxK mulmxA. Qed.

Lemma frob_mull p q r (A : 'M[R]_(p, r)) (B : 'M[R]_(p, q)) (C : 'M[R]_(q, r)) :
  frob A (B *m C) = frob (A *m C^T) B.
Proof. by rewrite /frob trmx_mul trmxK mulmxA mxtrace_mulC mulmxA. Qed.

Lemma frob_delta p q (G : 'M[R]_(p, q)) i j : frob G (delta_mx i j) = G i j.
Proof.
rewrite /frob /mxtrace (bigD1 j) //= big1 => [|k /negbTE kj].
  rewrite mxE (bigD1 i) //= big1 => [|l /negbTE li]; last by rewrite !mxE li mulr0.
  by rewrite !mxE !eqxx mulr1 !addr0.
by rewrite mxE big1 // => l _; rewrite !mxE kj andbF mulr0.
Qed.

End Frobenius.

Lemma sqnorm_sum (R : comRingType) p q (A : 'M[R]_(p, q)) :
  sqnorm A = \sum_j \sum_i A i j ^+ 2.
Proof.
rewrite /sqnorm /frob /mxtrace; apply: eq_bigr => j _; rewrite mxE.
by apply: eq_bigr => i _; rewrite mxE expr2.
Qed.

Section Ordered.
Variable R : realDomainType.

Lemma sqnorm_ge0 p q (A : 'M[R]_(p, q)) : 0 <= sqnorm A.
Proof. by rewrite sqnorm_sum; apply: sumr_ge0 => j _; apply: sumr_ge0 => i _; apply: sqr_ge0. Qed.

Lemma sqnorm_gt0 p q (A : 'M[R]_(p, q)) : A != 0 -> 0 < sqnorm A.
Proof.
move=> nzA; rewrite lt0r sqnorm_ge0 andbT; apply: contra nzA.
rewrite sqnorm_sum => /eqP s0; apply/eqP/matrixP => i j; rewrite mxE.
have col_ge0 l : true -> 0 <= \sum_k A k l ^+ 2 by move=> _; apply: sumr_ge0 => k _; apply: sqr_ge0.
have col0 : \sum_k A k j ^+ 2 = 0 by apply: (psumr_eq0P col_ge0 s0).
have : A i j ^+ 2 = 0 by apply: (psumr_eq0P (fun k _ => sqr_ge0 (A k j)) col0).
by move/eqP; rewrite sqrf_eq0 => /eqP.
Qed.

End Ordered.
