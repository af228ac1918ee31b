(* TwoLayerAlign: the internal terms of a two-layer linear net are aligned (claims T1, C8).
   - T1 at depth 2, linear_internal_dot_nonneg: any widths n0, n1, n2, any batch m, over a real
     (ordered) integral domain R:
       ⟨internal11, internal12⟩ = ‖2 W₂s₁xᵀ‖²_F  and so  ⟨internal11, internal12⟩ ≥ 0.
     (internal_dot_eq_sqnorm: the identity alone, over any commutative ring.)
   - C8, autoencoder_bounds_internal_cosine, in the squared form the TS claim checks: one sample
     (m = 1; for a batch the cosine is no longer S(a, b)), over a real domain, with a = s₁,
     b = W₂ᵀW₂s₁, x ≠ 0 and ‖b − a‖² < ‖a‖²:
       ⟨in₁, in₂⟩ > 0  and  ‖in₁‖²‖in₂‖²(‖a‖² − ‖b − a‖²) ≤ ⟨in₁, in₂⟩²‖a‖²,
     i.e. S(in₁, in₂) ≥ √(1 − ‖b − a‖²/‖a‖²) ≥ √(1 − ε²) when ‖b − a‖ ≤ ε‖a‖ (the square root
     step is not formalised; the squared form is what the property checks).
   Both use the closed forms of C6r and C7r (TwoLayerSplit.v). *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From mathcomp Require Import all_ssreflect all_algebra.
From mathcomp.algebra_tactics Require Import ring.
From WhyAlignment Require Export TwoLayerBase TwoLayer TwoLayerSplit.
Set Implicit Arguments. Unset Strict Implicit. Unset Printing Implicit Defensive.
Import GRing.Theory Num.Theory.
Local Open Scope ring_scope.

Lemma internal_dot_eq_sqnorm (R : comRingType) (n0 n1 n2 m : nat)
  (W1 : 'M[R]_(n1, n0)) (W2 : 'M[R]_(n2, n1)) (x : 'M[R]_(n0, m)) :
  frob (internal11 W1 x) (internal12 W1 W2 x) = sqnorm (2%:R *: (W2 *m s1 W1 x *m x^T)).
Proof.
have [_ [_ [-> _]]] := local_grad_eq_two_in1_sub_two_ex1 W1 x 0.
have [_ [_ [-> _]]] := distant_grad_eq_two_in2_sub_two_ex2 W1 W2 x 0.
rewrite /sqnorm !frobZl !frobZr; congr (_ * (_ * _)).
by rewrite /frob !trmx_mul !trmxK !mulmxA.
Qed.

(* T1 at depth 2. *)
Theorem linear_internal_dot_nonneg :
  forall (R : realDomainType) (n0 n1 n2 m : nat)
    (W1 : 'M[R]_(n1, n0)) (W2 : 'M[R]_(n2, n1)) (x : 'M[R]_(n0, m)),
  frob (internal11 W1 x) (internal12 W1 W2 x) = sqnorm (2%:R *: (W2 *m s1 W1 x *m x^T)) /\
  0 <= frob (internal11 W1 x) (internal12 W1 W2 x).
Proof.
move=> R n0 n1 n2 m W1 W2 x; rewrite internal_dot_eq_sqnorm.
by split=> //; apply: sqnorm_ge0.
Qed.

(* ⟨u xᵀ, v xᵀ⟩ = ⟨u, v⟩‖x‖² for columns u, v, x (one sample). *)
Lemma frob_outer (R : comRingType) (p n : nat) (u v : 'M[R]_(p, 1)) (x : 'M[R]_(n, 1)) :
  frob (u *m x^T) (v *m x^T) = frob u v * sqnorm x.
Proof.
rewrite /sqnorm /frob trmx_mul trmxK -mulmxA mxtrace_mulC -!mulmxA.
rewrite {1}[x^T *m x]mx11_scalar mul_mx_scalar -scalemxAr mxtraceZ mulrC.
by congr (_ * _); rewrite /mxtrace big_ord1.
Qed.

(* C8, squared form, one sample. *)
Theorem autoencoder_bounds_internal_cosine :
  forall (R : realDomainType) (n0 n1 n2 : nat)
    (W1 : 'M[R]_(n1, n0)) (W2 : 'M[R]_(n2, n1)) (x : 'M[R]_(n0, 1)),
  x != 0 ->
  sqnorm (W2^T *m W2 *m s1 W1 x - s1 W1 x) < sqnorm (s1 W1 x) ->
  0 < frob (internal11 W1 x) (internal12 W1 W2 x) /\
  sqnorm (internal11 W1 x) * sqnorm (internal12 W1 W2 x)
    * (sqnorm (s1 W1 x) - sqnorm (W2^T *m W2 *m s1 W1 x - s1 W1 x))
  <= frob (internal11 W1 x) (internal12 W1 W2 x) ^+ 2 * sqnorm (s1 W1 x).
Proof.
move=> R n0 n1 n2 W1 W2 x nzx hr.
have [_ [_ [-> _]]] := local_grad_eq_two_in1_sub_two_ex1 W1 x 0.
have [_ [_ [-> _]]] := distant_grad_eq_two_in2_sub_two_ex2 W1 W2 x 0.
have hX := sqnorm_gt0 nzx.
set a := s1 W1 x in hr *; set b := W2^T *m W2 *m a in hr *.
have hA := sqnorm_ge0 a; have hB := sqnorm_ge0 b.
rewrite /sqnorm !frobZl !frobZr !frob_outer frobBl !frobBr [frob b a]frobC in hr *.
rewrite -/(sqnorm a) -/(sqnorm b) -/(sqnorm x) in hr hA hB *.
have hC : 0 < frob a b.
  move: hr; rewrite -subr_gt0.
  have -> : sqnorm a - (sqnorm b - frob a b - (frob a b - sqnorm a)) = frob a b *+ 2 - sqnorm b.
    by ring.
  by rewrite subr_gt0 => /(Order.POrderTheory.le_lt_trans hB); rewrite pmulrn_lgt0.
split; first by rewrite !pmulr_rgt0 ?ltr0n // mulr_gt0.
rewrite -subr_ge0.
set A := sqnorm a; set B := sqnorm b; set C := frob a b; set X := sqnorm x.
have -> : (2%:R * (2%:R * (C * X))) ^+ 2 * A
  - 2%:R * (2%:R * (A * X)) * (2%:R * (2%:R * (B * X))) * (A - (B - C - (C - A)))
  = (4%:R * X) ^+ 2 * A * (C - B) ^+ 2 by ring.
by rewrite mulr_ge0 ?sqr_ge0 // mulr_ge0 ?sqr_ge0.
Qed.
