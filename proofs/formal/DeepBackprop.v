(** * DeepBackprop: Lemma B (back-propagation) at any depth, from the derivatives of DeepNet.v.

  Scope: any commutative ring R, any depth, any widths n : nat -> nat, any batch m, any fixed
  masks D_k (the linear net is D_k = 1; ReLU's mask [z_k > 0] is one choice, see DeepNet.v).
  Definitions (closed forms, which the theorems tie to the derivatives):
  - [backprop D W i j e] = δ_i for the error e at layer j:  δ_j = D_j ∘ e,
    δ_k = D_k ∘ (W_{k+1}ᵀ δ_{k+1}) for i ≤ k < j; it is 0 when j < i or i = 0 (W_0 is not read).
  - [chain A i j] = A_j ⋯ A_{i+1} (1 when j = i ≥ 1; 0 when j < i or i = 0); with
    [jac_factor D W k] = diag(D_k) W_k (one sample) it is the explicit Jacobian ∂s_j/∂s_i.
  Theorems (ledger):
  - C2  grad_loss_eq_backprop: G_ij = δ_i^{(j)}[2(s_j − t_j)] s_{i−1}ᵀ for ALL i, j, and G_ij is
        the gradient in the directional sense: ∀ V, ⟨G_ij, V⟩ = d/dε ℓ_j(W_i + εV)|₀;
    C2  one_sample_grad_loss_eq_jacobian_product (m = 1): G_ij = diag(D_i)(∂s_j/∂s_i)ᵀ 2(s_j − t_j) s_{i−1}ᵀ.
  - C1  global_grad_eq_local_add_distant: ∂(Σ_{j=1}^{L} ℓ_j)/∂W_i = G_ii + Σ_{i<j≤L} G_ij, 1 ≤ i ≤ L.
  - split / T4(a)  grad_loss_eq_internal_sub_external: G_ij = internal_ij − external_ij with
        internal_ij = δ_i^{(j)}[2 s_j] s_{i−1}ᵀ, external_ij = δ_i^{(j)}[2 t_j] s_{i−1}ᵀ (any masks). *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From WhyAlignment Require Export DeepCalculus.
Set Implicit Arguments. Unset Strict Implicit. Unset Printing Implicit Defensive.
Import GRing.Theory Num.Theory.
Local Open Scope ring_scope.

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
Definition jac_factor (R : ringType) (n : nat -> nat) (D : forall k, 'M[R]_(n k, 1))
  (W : forall k, 'M[R]_(n k, n k.-1)) : forall k, 'M[R]_(n k, n k.-1) :=
  fun k => diag_mx (D k)^T *m W k.

Section Recurrence.
Variable R : ringType.
Variables (n : nat -> nat) (m : nat).
Variables (D : forall k, 'M[R]_(n k, m)) (W : forall k, 'M[R]_(n k, n k.-1)).

Lemma single_neq (i k : nat) (V0 : 'M[R]_(n i, n i.-1)) : i <> k -> single i V0 k = 0.
Proof. by rewrite /single; case: (i =P k). Qed.

Lemma single_id (i : nat) (V0 : 'M[R]_(n i, n i.-1)) : single i V0 i = V0.
Proof. by rewrite /single; case: (i =P i) => // h; rewrite tcast_id. Qed.

(** δ_i^{(j)} = 0 when j < i. *)
Lemma backprop_lt i j e : (j < i)%N -> backprop D W i j e = 0.
Proof.
elim: j e => [//|k IH] e lt /=; case: (k.+1 =P i) => [h|_]; first by rewrite h ltnn in lt.
by rewrite IH // ltnW.
Qed.

(** δ_i^{(i)}[e] = D_i ∘ e (1 ≤ i). *)
Lemma backprop_id i e : (0 < i)%N -> backprop D W i i e = hadamard (D i) e.
Proof. by case: i e => [//|k] e _ /=; case: (k.+1 =P k.+1) => // h; rewrite tcast_id. Qed.

(** δ_i^{(k+1)}[e] = δ_i^{(k)}[W_{k+1}ᵀ (D_{k+1} ∘ e)] for i ≤ k. *)
Lemma backpropS i k e : (i <= k)%N ->
  backprop D W i k.+1 e = backprop D W i k ((W k.+1)^T *m hadamard (D k.+1) e).
Proof. by move=> le /=; case: (k.+1 =P i) => // h; rewrite -h ltnn in le. Qed.

Lemma chain_lt (A : forall k, 'M[R]_(n k, n k.-1)) i j : (j < i)%N -> chain A i j = 0.
Proof.
elim: j => [//|k IH] lt /=; case: (k.+1 =P i) => [h|_]; first by rewrite h ltnn in lt.
by rewrite IH ?mulmx0 // ltnW.
Qed.

Lemma chain0 (A : forall k, 'M[R]_(n k, n k.-1)) j : chain A 0 j = 0.
Proof. by elim: j => [//|k IH] /=; case: (k.+1 =P 0%N) => // _; rewrite IH mulmx0. Qed.

Lemma chain_id (A : forall k, 'M[R]_(n k, n k.-1)) i : (0 < i)%N -> chain A i i = 1%:M.
Proof. by case: i => [//|k] _ /=; case: (k.+1 =P k.+1) => // h; rewrite tcast_id. Qed.

Lemma chainS (A : forall k, 'M[R]_(n k, n k.-1)) i k : (i <= k)%N ->
  chain A i k.+1 = A k.+1 *m chain A i k.
Proof. by move=> le /=; case: (k.+1 =P i) => // h; rewrite -h ltnn in le. Qed.
End Recurrence.

Section LemmaB.
Variable R : comRingType.
Variables (n : nat -> nat) (m : nat).
Variables (x : 'M[R]_(n 0, m)) (D : forall k, 'M[R]_(n k, m)) (W : forall k, 'M[R]_(n k, n k.-1)).

Lemma backpropB i j (e1 e2 : 'M[R]_(n j, m)) :
  backprop D W i j (e1 - e2) = backprop D W i j e1 - backprop D W i j e2.
Proof.
elim: j e1 e2 => [|k IH] e1 e2 /=; first by rewrite subr0.
case: (k.+1 =P i) => [h|_]; last by rewrite hadamardBr mulmxBr IH.
by subst i; rewrite !tcast_id hadamardBr.
Qed.

Lemma backpropZ i j c (e : 'M[R]_(n j, m)) :
  backprop D W i j (c *: e) = c *: backprop D W i j e.
Proof.
elim: j e => [|k IH] e /=; first by rewrite scaler0.
case: (k.+1 =P i) => [h|_]; last by rewrite hadamardZr -scalemxAr IH.
by subst i; rewrite !tcast_id hadamardZr.
Qed.

(** Before layer i the perturbation along W_i has no first-order effect. *)
Lemma cf1_fwd_single_lt i (V0 : 'M[R]_(n i, n i.-1)) k :
  (k < i)%N -> cf 1 (fwd_eps x D W (single i V0) k) = 0.
Proof.
elim: k => [|k IH] lt; first exact: cf1_fwd_eps0.
rewrite cf1_fwd_epsS IH ?(ltnW lt) // single_neq ?mulmx0 ?mul0mx ?addr0 ?hadamard0r //.
by move=> h; rewrite h ltnn in lt.
Qed.

(** Lemma B: ⟨e, ds_j⟩ = ⟨δ_i^{(j)}[e] s_{i−1}ᵀ, V⟩ along W_i + εV. *)
Lemma frob_cf1_fwd_single i (V0 : 'M[R]_(n i, n i.-1)) j (e : 'M[R]_(n j, m)) :
  frob e (cf 1 (fwd_eps x D W (single i V0) j))
  = frob (backprop D W i j e *m (fwd x D W i.-1)^T) V0.
Proof.
elim: j e => [|k IH] e.
  by rewrite cf1_fwd_eps0 frob0r /= mul0mx frobC frob0r.
rewrite cf1_fwd_epsS frob_hadamardr /=; case: (k.+1 =P i) => [h|nh].
  subst i; rewrite tcast_id single_id cf1_fwd_single_lt //.
  by rewrite mulmx0 add0r frob_mull.
by rewrite single_neq ?mul0mx ?addr0 1?frob_mulr ?IH // => h; apply: nh.
Qed.

(** The gradient of a frozen-error functional W ↦ ⟨e, s_j(W)⟩ w.r.t. W_i. *)
Lemma gradient_frob_lift i j (e : 'M[R]_(n j, m)) :
  gradient_at i (fun V => frob (lift e) (fwd_eps x D W V j))
  = backprop D W i j e *m (fwd x D W i.-1)^T.
Proof.
by apply/matrixP => a b; rewrite mxE coef1_frob_lift frob_cf1_fwd_single frob_delta.
Qed.
End LemmaB.

Section Gradients.
Variable R : comRingType.
Variables (n : nat -> nat) (m : nat).
Variables (x : 'M[R]_(n 0, m)) (D : forall k, 'M[R]_(n k, m)) (W : forall k, 'M[R]_(n k, n k.-1)).
Variable t : forall k, 'M[R]_(n k, m).

(** d/dε ℓ_j(W_i + εV)|₀ = ⟨δ_i^{(j)}[2(s_j − t_j)] s_{i−1}ᵀ, V⟩. *)
Lemma coef1_loss_single i j (V0 : 'M[R]_(n i, n i.-1)) :
  (loss_eps x D W t (single i V0) j)`_1
  = frob (backprop D W i j (2%:R *: (fwd x D W j - t j)) *m (fwd x D W i.-1)^T) V0.
Proof. by rewrite /loss_eps coef1_sqnorm_sub cf0_fwd_eps frob_cf1_fwd_single. Qed.

Lemma grad_loss_closed i j :
  grad_loss x D W t i j = backprop D W i j (2%:R *: (fwd x D W j - t j)) *m (fwd x D W i.-1)^T.
Proof. by apply/matrixP => a b; rewrite mxE coef1_loss_single frob_delta. Qed.

Lemma internal_closed i j :
  internal x D W i j = backprop D W i j (2%:R *: fwd x D W j) *m (fwd x D W i.-1)^T.
Proof. exact: gradient_frob_lift. Qed.

Lemma external_closed i j :
  external x D W t i j = backprop D W i j (2%:R *: t j) *m (fwd x D W i.-1)^T.
Proof. exact: gradient_frob_lift. Qed.

Lemma grad_loss_lt i j : (j < i)%N -> grad_loss x D W t i j = 0.
Proof. by move=> lt; rewrite grad_loss_closed backprop_lt ?mul0mx. Qed.

(** ∂(Σ_j ℓ_j)/∂W_i = Σ_j ∂ℓ_j/∂W_i. *)
Lemma grad_total_sum L i :
  grad_total x D W t L i = \sum_(1 <= j < L.+1) grad_loss x D W t i j.
Proof.
apply/matrixP => a b; rewrite !mxE coef_sum summxE; apply: eq_bigr => j _.
by rewrite mxE.
Qed.
End Gradients.

(** C2 (Lemma B), any depth, any batch, any masks: G_ij = δ_i^{(j)}[2(s_j − t_j)] s_{i−1}ᵀ for all
    i, j, and it is the gradient: ⟨G_ij, V⟩ = d/dε ℓ_j(W_i + εV)|₀ for every V. *)
Theorem grad_loss_eq_backprop :
  forall (R : comRingType) (n : nat -> nat) (m : nat) (x : 'M[R]_(n 0%N, m))
    (D : forall k, 'M[R]_(n k, m)) (W : forall k, 'M[R]_(n k, n k.-1))
    (t : forall k, 'M[R]_(n k, m)) (i j : nat),
  grad_loss x D W t i j = backprop D W i j (2%:R *: (fwd x D W j - t j)) *m (fwd x D W i.-1)^T /\
  (forall V0 : 'M[R]_(n i, n i.-1),
     frob (grad_loss x D W t i j) V0 = (loss_eps x D W t (single i V0) j)`_1).
Proof.
move=> R n m x D W t i j; rewrite grad_loss_closed; split=> // V0.
by rewrite coef1_loss_single.
Qed.

(** The split (Lemma B) at any depth, any batch, any masks; T4(a): G_ij = internal_ij − external_ij. *)
Theorem grad_loss_eq_internal_sub_external :
  forall (R : comRingType) (n : nat -> nat) (m : nat) (x : 'M[R]_(n 0%N, m))
    (D : forall k, 'M[R]_(n k, m)) (W : forall k, 'M[R]_(n k, n k.-1))
    (t : forall k, 'M[R]_(n k, m)) (i j : nat),
  grad_loss x D W t i j = internal x D W i j - external x D W t i j /\
  internal x D W i j = backprop D W i j (2%:R *: fwd x D W j) *m (fwd x D W i.-1)^T /\
  external x D W t i j = backprop D W i j (2%:R *: t j) *m (fwd x D W i.-1)^T.
Proof.
move=> R n m x D W t i j; rewrite grad_loss_closed internal_closed external_closed.
by rewrite -mulmxBl -backpropB scalerBr.
Qed.

(** C1: ∂𝓛/∂W_i = ∂ℓ_i/∂W_i + Σ_{i<j≤L} ∂ℓ_j/∂W_i, 𝓛 = Σ_{j=1}^{L} ℓ_j, any depth L, 1 ≤ i ≤ L. *)
Theorem global_grad_eq_local_add_distant :
  forall (R : comRingType) (n : nat -> nat) (m : nat) (x : 'M[R]_(n 0%N, m))
    (D : forall k, 'M[R]_(n k, m)) (W : forall k, 'M[R]_(n k, n k.-1))
    (t : forall k, 'M[R]_(n k, m)) (L i : nat),
  (1 <= i <= L)%N ->
  grad_total x D W t L i = grad_loss x D W t i i + \sum_(i.+1 <= j < L.+1) grad_loss x D W t i j.
Proof.
move=> R n m x D W t L i /andP[i1 iL]; rewrite grad_total_sum.
rewrite (@big_cat_nat _ _ _ i) //=; last exact: leqW.
rewrite big1_seq ?add0r; first by rewrite big_ltn // ltnS.
by move=> j /andP[_]; rewrite mem_index_iota => /andP[_ lt]; rewrite grad_loss_lt.
Qed.
