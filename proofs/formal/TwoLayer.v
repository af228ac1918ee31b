(* TwoLayer: the two-layer net, its losses, and the gradients and their split, all defined as
   derivatives (TwoLayerBase: grad, the matrix of d/dε f(W + εV) at ε = 0).

   Columns are samples: x : 'M_(n0, m) (batch m; one sample is m = 1), W1 : 'M_(n1, n0),
   W2 : 'M_(n2, n1), targets t1 : 'M_(n1, m), t2 : 'M_(n2, m).
   - Linear net:  s₁ = W₁x, s₂ = W₂s₁;  ℓ_j = ‖s_j − t_j‖²_F.
     G11 = ∂ℓ₁/∂W₁ (local), G12 = ∂ℓ₂/∂W₁ (distant), W₂, x, t constant.
     internal1j = ∂/∂W₁ ⟨2 s_j(W₁⁰), s_j(W₁)⟩ at W₁⁰ (the error 2s_j frozen at its value),
     external1j = ∂/∂W₁ ⟨2 t_j, s_j(W₁)⟩ (the proofs' J_1j[2s_j] and J_1j[2t_j]).
   - Masked net (ReLU "as far as its mask allows"): s₁ = D₁ ∘ (W₁x), s₂ = D₂ ∘ (W₂s₁) for
     ARBITRARY fixed matrices D₁, D₂ (∘ entrywise). A ReLU net equals this net with
     D_i = [z_i > 0] on the open region where no pre-activation z_i is 0, and its derivative there
     is this net's derivative; that reduction (ReLU as a non-polynomial function) is not formalised:
     results about the masked net hold for every mask, hence for ReLU's.
   The closed forms (2 s₁xᵀ, 2 W₂ᵀW₂s₁xᵀ, …) are theorems in TwoLayerSplit.v. *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From mathcomp Require Import all_ssreflect all_algebra.
From WhyAlignment Require Export TwoLayerBase TwoLayerDeriv.
Set Implicit Arguments. Unset Strict Implicit. Unset Printing Implicit Defensive.
Import GRing.Theory Num.Theory.
Local Open Scope ring_scope.

Section Net.
Context {R : ringType} {n0 n1 n2 m : nat}.

Definition s1 (W1 : 'M[R]_(n1, n0)) (x : 'M[R]_(n0, m)) : 'M[R]_(n1, m) := W1 *m x.
Definition s2 (W1 : 'M[R]_(n1, n0)) (W2 : 'M[R]_(n2, n1)) (x : 'M[R]_(n0, m)) : 'M[R]_(n2, m) :=
  W2 *m s1 W1 x.
Definition loss1 (W1 : 'M[R]_(n1, n0)) (x : 'M[R]_(n0, m)) (t1 : 'M[R]_(n1, m)) : R :=
  sqnorm (s1 W1 x - t1).
Definition loss2 (W1 : 'M[R]_(n1, n0)) (W2 : 'M[R]_(n2, n1)) (x : 'M[R]_(n0, m))
  (t2 : 'M[R]_(n2, m)) : R := sqnorm (s2 W1 W2 x - t2).

Definition ms1 (D1 : 'M[R]_(n1, m)) (W1 : 'M[R]_(n1, n0)) (x : 'M[R]_(n0, m)) : 'M[R]_(n1, m) :=
  hadamard D1 (W1 *m x).
Definition ms2 (D1 : 'M[R]_(n1, m)) (D2 : 'M[R]_(n2, m)) (W1 : 'M[R]_(n1, n0))
  (W2 : 'M[R]_(n2, n1)) (x : 'M[R]_(n0, m)) : 'M[R]_(n2, m) := hadamard D2 (W2 *m ms1 D1 W1 x).
Definition mloss1 D1 W1 x (t1 : 'M[R]_(n1, m)) : R := sqnorm (ms1 D1 W1 x - t1).
Definition mloss2 D1 D2 W1 W2 x (t2 : 'M[R]_(n2, m)) : R := sqnorm (ms2 D1 D2 W1 W2 x - t2).

End Net.

Section Gradients.
Context {R : ringType} {n0 n1 n2 m : nat}.
Local Notation W1T := 'M[R]_(n1, n0). Local Notation W2T := 'M[R]_(n2, n1).
Local Notation XT := 'M[R]_(n0, m).
Local Notation S1T := 'M[R]_(n1, m). Local Notation S2T := 'M[R]_(n2, m).

Definition G11 (W1 : W1T) (x : XT) (t1 : S1T) := grad (fun W => loss1 W (lift x) (lift t1)) W1.
Definition G12 (W1 : W1T) (W2 : W2T) (x : XT) (t2 : S2T) :=
  grad (fun W => loss2 W (lift W2) (lift x) (lift t2)) W1.
Definition internal11 (W1 : W1T) (x : XT) :=
  grad (fun W => frob (lift (2%:R *: s1 W1 x)) (s1 W (lift x))) W1.
Definition external11 (W1 : W1T) (x : XT) (t1 : S1T) :=
  grad (fun W => frob (lift (2%:R *: t1)) (s1 W (lift x))) W1.
Definition internal12 (W1 : W1T) (W2 : W2T) (x : XT) :=
  grad (fun W => frob (lift (2%:R *: s2 W1 W2 x)) (s2 W (lift W2) (lift x))) W1.
Definition external12 (W1 : W1T) (W2 : W2T) (x : XT) (t2 : S2T) :=
  grad (fun W => frob (lift (2%:R *: t2)) (s2 W (lift W2) (lift x))) W1.

Definition mG11 (D1 : S1T) (W1 : W1T) (x : XT) (t1 : S1T) :=
  grad (fun W => mloss1 (lift D1) W (lift x) (lift t1)) W1.
Definition mG12 (D1 : S1T) (D2 : S2T) (W1 : W1T) (W2 : W2T) (x : XT) (t2 : S2T) :=
  grad (fun W => mloss2 (lift D1) (lift D2) W (lift W2) (lift x) (lift t2)) W1.
Definition minternal11 (D1 : S1T) (W1 : W1T) (x : XT) :=
  grad (fun W => frob (lift (2%:R *: ms1 D1 W1 x)) (ms1 (lift D1) W (lift x))) W1.
Definition mexternal11 (D1 : S1T) (W1 : W1T) (x : XT) (t1 : S1T) :=
  grad (fun W => frob (lift (2%:R *: t1)) (ms1 (lift D1) W (lift x))) W1.
Definition minternal12 (D1 : S1T) (D2 : S2T) (W1 : W1T) (W2 : W2T) (x : XT) :=
  grad (fun W => frob (lift (2%:R *: ms2 D1 D2 W1 W2 x))
                      (ms2 (lift D1) (lift D2) W (lift W2) (lift x))) W1.
Definition mexternal12 (D1 : S1T) (D2 : S2T) (W1 : W1T) (W2 : W2T) (x : XT) (t2 : S2T) :=
  grad (fun W => frob (lift (2%:R *: t2)) (ms2 (lift D1) (lift D2) W (lift W2) (lift x))) W1.

End Gradients.

(* The layers along the line W₁ + εV: value (coefficient 0) and derivative (coefficient 1). *)
Section Layers.
Context {R : comRingType} {n0 n1 n2 m : nat}.
Variables (W1 V : 'M[R]_(n1, n0)) (W2 : 'M[R]_(n2, n1)) (x : 'M[R]_(n0, m)).
Variables (D1 : 'M[R]_(n1, m)) (D2 : 'M[R]_(n2, m)).

Lemma cf_s1_line0 : cf 0%N (s1 (line W1 V) (lift x)) = s1 W1 x.
Proof. by rewrite /s1 cf0M cf_line0 cf_lift0. Qed.

Lemma cf_s1_line1 : cf 1%N (s1 (line W1 V) (lift x)) = V *m x.
Proof. by rewrite /s1 cf1M cf_line0 cf_line1 cf_lift0 cf_lift1 mulmx0 add0r. Qed.

Lemma cf_s2_line0 : cf 0%N (s2 (line W1 V) (lift W2) (lift x)) = s2 W1 W2 x.
Proof. by rewrite /s2 cf0M cf_s1_line0 cf_lift0. Qed.

Lemma cf_s2_line1 : cf 1%N (s2 (line W1 V) (lift W2) (lift x)) = W2 *m (V *m x).
Proof. by rewrite /s2 cf1M cf_s1_line1 cf_lift0 cf_lift1 mul0mx addr0. Qed.

Lemma cf_ms1_line0 : cf 0%N (ms1 (lift D1) (line W1 V) (lift x)) = ms1 D1 W1 x.
Proof. by rewrite /ms1 cf_hadamard_lift -/(s1 _ _) cf_s1_line0. Qed.

Lemma cf_ms2_line0 :
  cf 0%N (ms2 (lift D1) (lift D2) (line W1 V) (lift W2) (lift x)) = ms2 D1 D2 W1 W2 x.
Proof. by rewrite /ms2 cf_hadamard_lift cf0M cf_ms1_line0 cf_lift0. Qed.

End Layers.
