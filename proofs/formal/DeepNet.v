(** * DeepNet: a masked net of any depth, its losses, and gradients defined as derivatives.

  Any comRingType [R]; widths [n : nat -> nat] (layer [k] has width [n k], [n 0] is the input
  width); batch [m] (columns are samples). Layers are numbered from 1 as in proofs/README.md:
  [W k : 'M_(n k, n k.-1)], masks [D k : 'M_(n k, m)], targets [t k : 'M_(n k, m)], and

      s_0 = x,   s_k = D_k ∘ (W_k s_{k-1})   (∘ entrywise: [hadamard]),   ℓ_j = ‖s_j − t_j‖²_F.

  A net of depth L is the prefix W_1..W_L of the family: ℓ_j reads only W_1..W_j, and W_0, D_0
  are never read. The masks are ARBITRARY fixed matrices: this is the project's lifted ReLU
  (a ReLU net is this net with D_k = [z_k > 0] on the open region where no z_k is 0, and its
  derivative there is this net's derivative: DeepReluNet.v, reading ReLU on germs); the linear net
  is D_k = 1 ([ones]). Facts that need D_k ∘ D_k = D_k or ReLU's sign pattern (T4(b)) are not
  stated here.

  Derivatives (the conventions of TwoLayerBase.v: [frob], [sqnorm], [lift], [hadamard]): the
  net is run over {poly R} with W_k replaced by W_k + ε V_k ([perturb], ε = 'X, constants
  lifted by polyC); d/dε at ε = 0 is the coefficient 1, written (deriv p).[0] in the ledger's
  statements (= p`_1, DeepBackprop.deriv_at0). [gradient_at i phi] is the matrix of
  partial derivatives of coefficient 1 of [phi] with respect to the entries of W_i:
      (gradient_at i phi) a b = (phi (single i (delta_mx a b)))`_1.
  [grad_loss i j] = ∂ℓ_j/∂W_i = G_ij; [internal i j], [external i j] are the gradients of
  W ↦ ⟨2 s_j(W₀), s_j(W)⟩ and W ↦ ⟨2 t_j, s_j(W)⟩ (the error frozen); [grad_total L i] is
  ∂(Σ_{j=1}^{L} ℓ_j)/∂W_i. The closed forms (back-propagation) are theorems in DeepBackprop.v.
  No claim of the ledger is stated here. *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From mathcomp Require Export all_ssreflect all_algebra.
From WhyAlignment Require Export TwoLayerBase.
Set Implicit Arguments. Unset Strict Implicit. Unset Printing Implicit Defensive.
Import GRing.Theory Num.Theory.
Local Open Scope ring_scope.

(** Transport along an equality of layer indices. *)
Definition tcast (T : nat -> Type) (i k : nat) (h : i = k) (x : T i) : T k := ecast k (T k) h x.

Lemma tcast_id (T : nat -> Type) (i : nat) (h : i = i) (x : T i) : tcast h x = x.
Proof. by rewrite (eq_axiomK h). Qed.

Section Defs.
Variable R : ringType.
Variables (n : nat -> nat) (m : nat).

(** s_k = D_k ∘ (W_k s_{k-1}), s_0 = x. *)
Fixpoint fwd (x : 'M[R]_(n 0%N, m)) (D : forall k, 'M[R]_(n k, m))
    (W : forall k, 'M[R]_(n k, n k.-1)) (k : nat) : 'M[R]_(n k, m) :=
  match k return 'M[R]_(n k, m) with
  | 0 => x
  | k'.+1 => hadamard (D k'.+1) (W k'.+1 *m fwd x D W k')
  end.

(** ℓ_j = ‖s_j − t_j‖²_F. *)
Definition loss x D W (t : forall k, 'M[R]_(n k, m)) (j : nat) : R := sqnorm (fwd x D W j - t j).

(** The all-ones masks: the linear net s_k = W_k s_{k-1}. *)
Definition ones : forall k, 'M[R]_(n k, m) := fun k => const_mx 1.

(** The direction family that is V0 at layer i and 0 elsewhere. *)
Definition single (i : nat) (V0 : 'M[R]_(n i, n i.-1)) : forall k, 'M[R]_(n k, n k.-1) :=
  fun k => if i =P k is ReflectT h then tcast (T := fun k => 'M[R]_(n k, n k.-1)) h V0 else 0.
End Defs.
Arguments single {R n} i V0 k.
Arguments ones {R n m} k.

Section Lifted.
Variable R : comRingType.
Variables (n : nat -> nat) (m : nat).

(** W_k + ε V_k over {poly R}, ε = 'X. *)
Definition perturb (W V : forall k, 'M[R]_(n k, n k.-1)) : forall k, 'M[{poly R}]_(n k, n k.-1) :=
  fun k => line (W k) (V k).

(** s_k(W + εV) and ℓ_j(W + εV), polynomials in ε. *)
Definition fwd_eps x (D : forall k, 'M[R]_(n k, m)) W V (k : nat) : 'M[{poly R}]_(n k, m) :=
  fwd (lift x) (fun k => lift (D k)) (perturb W V) k.
Definition loss_eps x D W (t : forall k, 'M[R]_(n k, m)) V (j : nat) : {poly R} :=
  sqnorm (fwd_eps x D W V j - lift (t j)).

(** The gradient w.r.t. W_i of φ(W + εV) at ε = 0, entry by entry:
    (gradient_at i φ) a b = d/dε φ(W_i + ε E_ab)|₀ = coefficient 1. *)
Definition gradient_at (i : nat) (phi : (forall k, 'M[R]_(n k, n k.-1)) -> {poly R})
  : 'M[R]_(n i, n i.-1) := \matrix_(a, b) (phi (single i (delta_mx a b)))`_1.

(** G_ij = ∂ℓ_j/∂W_i. *)
Definition grad_loss x D W t (i j : nat) := gradient_at i (fun V => loss_eps x D W t V j).
(** internal_ij = ∂/∂W_i ⟨2 s_j(W₀), s_j(W)⟩ and external_ij = ∂/∂W_i ⟨2 t_j, s_j(W)⟩ at W₀. *)
Definition internal x D W (i j : nat) :=
  gradient_at i (fun V => frob (lift (2%:R *: fwd x D W j)) (fwd_eps x D W V j)).
Definition external x D W (t : forall k, 'M[R]_(n k, m)) (i j : nat) :=
  gradient_at i (fun V => frob (lift (2%:R *: t j)) (fwd_eps x D W V j)).
(** ∂𝓛/∂W_i for the total loss 𝓛 = Σ_{j=1}^{L} ℓ_j of the depth-L net. *)
Definition grad_total x D W t (L i : nat) :=
  gradient_at i (fun V => \sum_(1 <= j < L.+1) loss_eps x D W t V j).
End Lifted.

(** Closed forms (tied to the derivatives in DeepBackprop.v):
    [backprop D W i j e] = δ_i for the error e at layer j: δ_j = D_j ∘ e, δ_k = D_k ∘ (W_{k+1}ᵀ δ_{k+1})
    (i ≤ k < j), 0 when j < i or i = 0;  [chain A i j] = A_j ⋯ A_{i+1} (1 when j = i ≥ 1, 0 when
    j < i or i = 0);  [jac_factor D W k] = diag(D_k) W_k, the one-sample Jacobian ∂s_k/∂s_{k−1}. *)
Unset Implicit Arguments.
Section Closed.
Variable R : ringType.
Variables (n : nat -> nat) (m : nat).

(** δ_i^{(j)}[e]: the error e at layer j back-propagated to layer i. *)
Fixpoint backprop (D : forall k, 'M[R]_(n k, m)) (W : forall k, 'M[R]_(n k, n k.-1))
    (i j : nat) {struct j} : 'M[R]_(n j, m) -> 'M[R]_(n i, m) :=
  match j return 'M[R]_(n j, m) -> 'M[R]_(n i, m) with
  | 0 => fun _ => 0
  | k.+1 => fun e =>
      if k.+1 =P i is ReflectT h then tcast (T := fun k => 'M[R]_(n k, m)) h (hadamard (D k.+1) e)
      else backprop D W i k ((W k.+1)^T *m hadamard (D k.+1) e)
  end.

(** A_j ⋯ A_{i+1}. *)
Fixpoint chain (A : forall k, 'M[R]_(n k, n k.-1)) (i j : nat) {struct j} : 'M[R]_(n j, n i) :=
  match j return 'M[R]_(n j, n i) with
  | 0 => 0
  | k.+1 =>
      if k.+1 =P i is ReflectT h then tcast (T := fun k => 'M[R]_(n k, n i)) (esym h) 1%:M
      else A k.+1 *m chain A i k
  end.
End Closed.
Set Implicit Arguments.
Arguments backprop {R n m} D W i j e.
Arguments chain {R n} A i j.

(** diag(D_k) W_k, the Jacobian ∂s_k/∂s_{k−1} of one sample (m = 1). *)
Definition jac_factor (R : ringType) (n : nat -> nat) (D : forall k, 'M[R]_(n k, 1%N))
  (W : forall k, 'M[R]_(n k, n k.-1)) : forall k, 'M[R]_(n k, n k.-1) :=
  fun k => diag_mx (D k)^T *m W k.

