(** * DeepCalculus: the algebra behind the derivatives of DeepNet.v.

  Over any comRingType: the Frobenius product [dot] is symmetric and bilinear, moves a mask
  and a matrix factor to the other side (the adjoint steps of back-propagation), and reads an
  entry off a unit matrix. Over {poly R}: [coefm c P] takes coefficient c of every entry; the
  coefficients 0 and 1 of products, entrywise products and ⟨·,·⟩ obey the product rule.
  No ledger claim by itself: the tools for Lemma B (DeepBackprop.v). *)
From WhyAlignment Require Export DeepNet.
Set Implicit Arguments. Unset Strict Implicit. Unset Printing Implicit Defensive.
Import GRing.Theory Num.Theory.
Local Open Scope ring_scope.

Section Dot.
Variable R : comRingType.
Implicit Types p q r : nat.

Lemma dotE p q (A B : 'M[R]_(p, q)) : dot A B = \sum_a \sum_b A a b * B a b.
Proof.
rewrite /dot /mxtrace (eq_bigr (fun b => \sum_a A a b * B a b)); first exact: exchange_big.
by move=> b _; rewrite mxE; apply: eq_bigr => a _; rewrite mxE.
Qed.

Lemma dotC p q (A B : 'M[R]_(p, q)) : dot A B = dot B A.
Proof. by rewrite !dotE; do 2![apply: eq_bigr => ? _]; rewrite mulrC. Qed.

Lemma dotDl p q (A B C : 'M[R]_(p, q)) : dot (A + B) C = dot A C + dot B C.
Proof.
rewrite !dotE -big_split; apply: eq_bigr => a _.
by rewrite -big_split; apply: eq_bigr => b _; rewrite mxE mulrDl.
Qed.

Lemma dotZl p q c (A B : 'M[R]_(p, q)) : dot (c *: A) B = c * dot A B.
Proof.
rewrite !dotE mulr_sumr; apply: eq_bigr => a _.
by rewrite mulr_sumr; apply: eq_bigr => b _; rewrite mxE mulrA.
Qed.

Lemma dotNl p q (A B : 'M[R]_(p, q)) : dot (- A) B = - dot A B.
Proof. by rewrite -scaleN1r dotZl mulN1r. Qed.

Lemma dotBl p q (A B C : 'M[R]_(p, q)) : dot (A - B) C = dot A C - dot B C.
Proof. by rewrite dotDl dotNl. Qed.

Lemma dot0l p q (A : 'M[R]_(p, q)) : dot 0 A = 0.
Proof. by rewrite -(scale0r 0) dotZl mul0r. Qed.

Lemma dotDr p q (A B C : 'M[R]_(p, q)) : dot A (B + C) = dot A B + dot A C.
Proof. by rewrite dotC dotDl !(dotC A). Qed.
Lemma dotZr p q c (A B : 'M[R]_(p, q)) : dot A (c *: B) = c * dot A B.
Proof. by rewrite dotC dotZl dotC. Qed.
Lemma dotNr p q (A B : 'M[R]_(p, q)) : dot A (- B) = - dot A B.
Proof. by rewrite dotC dotNl dotC. Qed.
Lemma dotBr p q (A B C : 'M[R]_(p, q)) : dot A (B - C) = dot A B - dot A C.
Proof. by rewrite dotDr dotNr. Qed.
Lemma dot0r p q (A : 'M[R]_(p, q)) : dot A 0 = 0.
Proof. by rewrite dotC dot0l. Qed.

(** ⟨e, D ∘ z⟩ = ⟨D ∘ e, z⟩. *)
Lemma dot_hadamardr p q (e D z : 'M[R]_(p, q)) : dot e (hadamard D z) = dot (hadamard D e) z.
Proof. by rewrite !dotE; do 2![apply: eq_bigr => ? _]; rewrite !mxE mulrCA mulrA. Qed.

Lemma hadamardC p q (A B : 'M[R]_(p, q)) : hadamard A B = hadamard B A.
Proof. by apply/matrixP => a b; rewrite !mxE mulrC. Qed.

Lemma hadamardDr p q (A B C : 'M[R]_(p, q)) : hadamard A (B + C) = hadamard A B + hadamard A C.
Proof. by apply/matrixP => a b; rewrite !mxE mulrDr. Qed.

Lemma hadamardZr p q c (A B : 'M[R]_(p, q)) : hadamard A (c *: B) = c *: hadamard A B.
Proof. by apply/matrixP => a b; rewrite !mxE mulrCA. Qed.

Lemma hadamardBr p q (A B C : 'M[R]_(p, q)) : hadamard A (B - C) = hadamard A B - hadamard A C.
Proof. by rewrite hadamardDr -scaleN1r hadamardZr scaleN1r. Qed.

Lemma hadamard0r p q (A : 'M[R]_(p, q)) : hadamard A 0 = 0.
Proof. by apply/matrixP => a b; rewrite !mxE mulr0. Qed.

Lemma hadamard_onesl p q (A : 'M[R]_(p, q)) : hadamard (const_mx 1) A = A.
Proof. by apply/matrixP => a b; rewrite !mxE mul1r. Qed.

(** ⟨e, W z⟩ = ⟨Wᵀ e, z⟩ and ⟨e, V s⟩ = ⟨e sᵀ, V⟩. *)
Lemma dot_mulmxr p q r (e : 'M[R]_(p, r)) (W : 'M[R]_(p, q)) (z : 'M[R]_(q, r)) :
  dot e (W *m z) = dot (W^T *m e) z.
Proof. by rewrite /dot trmx_mul trmxK mulmxA. Qed.

Lemma dot_mulmx_tr p q r (e : 'M[R]_(p, r)) (V : 'M[R]_(p, q)) (s : 'M[R]_(q, r)) :
  dot e (V *m s) = dot (e *m s^T) V.
Proof. by rewrite /dot mulmxA mxtrace_mulC mulmxA trmx_mul trmxK. Qed.

(** ⟨A, E_ab⟩ = A a b. *)
Lemma dot_delta_mx p q (A : 'M[R]_(p, q)) a b : dot A (delta_mx a b) = A a b.
Proof.
rewrite dotE (bigD1 a) //= (bigD1 b) //= !mxE !eqxx mulr1.
rewrite big1 => [|b' nb]; last by rewrite !mxE eqxx (negbTE nb) mulr0.
rewrite addr0 big1 ?addr0 // => a' na; apply: big1 => b' _.
by rewrite !mxE (negbTE na) mulr0.
Qed.
End Dot.

Section Coef.
Variable R : comRingType.
Implicit Types p q r : nat.

(** Coefficient c of every entry: coefm 0 is the value at ε = 0, coefm 1 the derivative. *)
Definition coefm c p q (P : 'M[{poly R}]_(p, q)) : 'M[R]_(p, q) := \matrix_(a, b) (P a b)`_c.

Lemma coefM0 (f g : {poly R}) : (f * g)`_0 = f`_0 * g`_0.
Proof. by rewrite coefM big_ord1. Qed.
Lemma coefM1 (f g : {poly R}) : (f * g)`_1 = f`_0 * g`_1 + f`_1 * g`_0.
Proof. by rewrite coefM big_ord_recr big_ord1. Qed.

Lemma coefmD c p q (P Q : 'M[{poly R}]_(p, q)) : coefm c (P + Q) = coefm c P + coefm c Q.
Proof. by apply/matrixP => a b; rewrite !mxE coefD. Qed.
Lemma coefmB c p q (P Q : 'M[{poly R}]_(p, q)) : coefm c (P - Q) = coefm c P - coefm c Q.
Proof. by apply/matrixP => a b; rewrite !mxE coefB. Qed.

Lemma coefm0_lift p q (A : 'M[R]_(p, q)) : coefm 0 (lift A) = A.
Proof. by apply/matrixP => a b; rewrite !mxE coefC. Qed.
Lemma coefm1_lift p q (A : 'M[R]_(p, q)) : coefm 1 (lift A) = 0.
Proof. by apply/matrixP => a b; rewrite !mxE coefC. Qed.
Lemma coefm0_X p q (P : 'M[{poly R}]_(p, q)) : coefm 0 ('X *: P) = 0.
Proof. by apply/matrixP => a b; rewrite !mxE coefXM. Qed.
Lemma coefm1_X p q (P : 'M[{poly R}]_(p, q)) : coefm 1 ('X *: P) = coefm 0 P.
Proof. by apply/matrixP => a b; rewrite !mxE coefXM. Qed.

Lemma coefm0_mul p q r (P : 'M[{poly R}]_(p, q)) (Q : 'M[{poly R}]_(q, r)) :
  coefm 0 (P *m Q) = coefm 0 P *m coefm 0 Q.
Proof.
apply/matrixP => a b; rewrite !mxE coef_sum; apply: eq_bigr => k _.
by rewrite coefM0 !mxE.
Qed.
Lemma coefm1_mul p q r (P : 'M[{poly R}]_(p, q)) (Q : 'M[{poly R}]_(q, r)) :
  coefm 1 (P *m Q) = coefm 0 P *m coefm 1 Q + coefm 1 P *m coefm 0 Q.
Proof.
apply/matrixP => a b; rewrite !mxE coef_sum -big_split; apply: eq_bigr => k _.
by rewrite coefM1 !mxE.
Qed.

Lemma coefm0_hadamard p q (P Q : 'M[{poly R}]_(p, q)) :
  coefm 0 (hadamard P Q) = hadamard (coefm 0 P) (coefm 0 Q).
Proof. by apply/matrixP => a b; rewrite !mxE coefM0. Qed.
Lemma coefm1_hadamard p q (P Q : 'M[{poly R}]_(p, q)) :
  coefm 1 (hadamard P Q) = hadamard (coefm 0 P) (coefm 1 Q) + hadamard (coefm 1 P) (coefm 0 Q).
Proof. by apply/matrixP => a b; rewrite !mxE coefM1. Qed.

(** The product rule for ⟨·,·⟩ at ε = 0. *)
Lemma coef1_dot p q (P Q : 'M[{poly R}]_(p, q)) :
  (dot P Q)`_1 = dot (coefm 0 P) (coefm 1 Q) + dot (coefm 1 P) (coefm 0 Q).
Proof.
rewrite !dotE coef_sum -big_split; apply: eq_bigr => a _.
by rewrite coef_sum -big_split; apply: eq_bigr => b _; rewrite coefM1 !mxE.
Qed.
End Coef.
