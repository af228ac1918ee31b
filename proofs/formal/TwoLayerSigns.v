(* TwoLayerSigns: random signs on the targets average the external terms out (claim T2, depth 2).
   The TS claim's distribution: targets t_k ↦ ε_k t_k with independent uniform signs ε_k = ±1;
   the expectation is the average over the 4 sign vectors, so 4·E[⟨G11, G12⟩] is the sum below.
   - sign_sum_local_dot_distant_eq_internal_dot (linear net):
       Σ_{ε₁, ε₂ = ±1} ⟨G11(ε₁t₁), G12(ε₂t₂)⟩ = 4 ⟨internal11, internal12⟩;
   - masked_sign_sum_local_dot_distant_eq_internal_dot: the same for the masked net
     s₁ = D₁ ∘ (W₁x), s₂ = D₂ ∘ (W₂s₁) with ARBITRARY fixed masks D₁, D₂ (so for ReLU's mask
     [z > 0] wherever no pre-activation is 0, the mask not depending on the targets; the step
     from the ReLU net to its masked net is not formalised, see TwoLayer.v).
   Scope: any commutative ring, any widths n0, n1, n2, any batch m. Stated as the sum (4 times the
   average) so that no division is needed. Uses Lemma B's split (C6r for the linear net). *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From mathcomp Require Import all_ssreflect all_algebra.
From mathcomp.algebra_tactics Require Import ring.
From WhyAlignment Require Export TwoLayerBase TwoLayer TwoLayerSplit.
Set Implicit Arguments. Unset Strict Implicit. Unset Printing Implicit Defensive.
Import GRing.Theory Num.Theory.
Local Open Scope ring_scope.

(* Σ_{ε₁, ε₂ = ±1} ⟨a − ε₁b, c − ε₂d⟩ = 4⟨a, c⟩. *)
Lemma sign_sum_frob (R : comRingType) (p q : nat) (a b c d : 'M[R]_(p, q)) :
  \sum_(e1 <- [:: 1; -1]) \sum_(e2 <- [:: 1; -1]) frob (a - e1 *: b) (c - e2 *: d)
  = 4%:R * frob a c.
Proof.
rewrite !big_cons !big_nil !addr0 !scale1r !scaleN1r.
rewrite !(frobBl, frobBr, frobNl, frobNr); ring.
Qed.

Section Signs.
Context {R : comRingType} {n0 n1 n2 m : nat}.
Variables (W1 : 'M[R]_(n1, n0)) (W2 : 'M[R]_(n2, n1)) (x : 'M[R]_(n0, m)).
Variables (t1 D1 : 'M[R]_(n1, m)) (t2 D2 : 'M[R]_(n2, m)).

Lemma G11_sign_split e :
  G11 W1 x (e *: t1) = internal11 W1 x - e *: external11 W1 x t1.
Proof.
have [_ [-> _]] := local_grad_eq_two_in1_sub_two_ex1 W1 x (e *: t1).
by rewrite /external11 (@grad_frob_lift_scale R _ _ _ _ (fun W => s1 W (lift x))).
Qed.

Lemma G12_sign_split e :
  G12 W1 W2 x (e *: t2) = internal12 W1 W2 x - e *: external12 W1 W2 x t2.
Proof.
have [_ [-> _]] := distant_grad_eq_two_in2_sub_two_ex2 W1 W2 x (e *: t2).
by rewrite /external12 (@grad_frob_lift_scale R _ _ _ _ (fun W => s2 W (lift W2) (lift x))).
Qed.

Lemma mG11_sign_split e :
  mG11 D1 W1 x (e *: t1) = minternal11 D1 W1 x - e *: mexternal11 D1 W1 x t1.
Proof.
set f := fun W => ms1 (lift D1) W (lift x).
have := @grad_sqnorm_sub_split R _ _ _ _ f W1 (ms1 D1 W1 x) (e *: t1).
rewrite /mG11 /minternal11 /mexternal11 (@grad_frob_lift_scale R _ _ _ _ f); apply=> V.
exact: cf_ms1_line0.
Qed.

Lemma mG12_sign_split e :
  mG12 D1 D2 W1 W2 x (e *: t2) = minternal12 D1 D2 W1 W2 x - e *: mexternal12 D1 D2 W1 W2 x t2.
Proof.
set f := fun W => ms2 (lift D1) (lift D2) W (lift W2) (lift x).
have := @grad_sqnorm_sub_split R _ _ _ _ f W1 (ms2 D1 D2 W1 W2 x) (e *: t2).
rewrite /mG12 /minternal12 /mexternal12 (@grad_frob_lift_scale R _ _ _ _ f); apply=> V.
exact: cf_ms2_line0.
Qed.

End Signs.

(* T2, linear two-layer net. *)
Theorem sign_sum_local_dot_distant_eq_internal_dot :
  forall (R : comRingType) (n0 n1 n2 m : nat) (W1 : 'M[R]_(n1, n0)) (W2 : 'M[R]_(n2, n1))
    (x : 'M[R]_(n0, m)) (t1 : 'M[R]_(n1, m)) (t2 : 'M[R]_(n2, m)),
  \sum_(e1 <- [:: 1; -1]) \sum_(e2 <- [:: 1; -1])
    frob (G11 W1 x (e1 *: t1)) (G12 W1 W2 x (e2 *: t2))
  = 4%:R * frob (internal11 W1 x) (internal12 W1 W2 x).
Proof.
move=> R n0 n1 n2 m W1 W2 x t1 t2; rewrite -(sign_sum_frob _ (external11 W1 x t1) _
  (external12 W1 W2 x t2)).
by apply: eq_bigr => e1 _; apply: eq_bigr => e2 _; rewrite G11_sign_split G12_sign_split.
Qed.

(* T2, masked two-layer net (any fixed masks D1, D2; ReLU's among them). *)
Theorem masked_sign_sum_local_dot_distant_eq_internal_dot :
  forall (R : comRingType) (n0 n1 n2 m : nat) (D1 : 'M[R]_(n1, m)) (D2 : 'M[R]_(n2, m))
    (W1 : 'M[R]_(n1, n0)) (W2 : 'M[R]_(n2, n1))
    (x : 'M[R]_(n0, m)) (t1 : 'M[R]_(n1, m)) (t2 : 'M[R]_(n2, m)),
  \sum_(e1 <- [:: 1; -1]) \sum_(e2 <- [:: 1; -1])
    frob (mG11 D1 W1 x (e1 *: t1)) (mG12 D1 D2 W1 W2 x (e2 *: t2))
  = 4%:R * frob (minternal11 D1 W1 x) (minternal12 D1 D2 W1 W2 x).
Proof.
move=> R n0 n1 n2 m D1 D2 W1 W2 x t1 t2; rewrite -(sign_sum_frob _ (mexternal11 D1 W1 x t1) _
  (mexternal12 D1 D2 W1 W2 x t2)).
by apply: eq_bigr => e1 _; apply: eq_bigr => e2 _; rewrite mG11_sign_split mG12_sign_split.
Qed.
