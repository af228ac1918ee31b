(** * DeepBackprop: Lemma B (back-propagation) at any depth, from the derivatives of DeepNet.v.

  Scope: any commutative ring R, any depth, any widths n : nat -> nat, any batch m, any fixed
  masks D_k (the linear net is D_k = 1; ReLU's mask [z_k > 0] is one choice, see DeepNet.v).
  The perturbation along W_i has first-order term ds_k = 0 for k < i, ds_i = D_i ∘ (V s_{i−1}),
  ds_k = D_k ∘ (W_k ds_{k−1}) for k > i; moving the masks and the W_k to the other side of ⟨·,·⟩
  one layer at a time gives ⟨e, ds_j⟩ = ⟨δ_i^{(j)}[e] s_{i−1}ᵀ, V⟩ ([frob_cf1_fwd_single]), with
  δ = [backprop] (DeepNet.v). Hence the closed forms of G_ij, internal_ij, external_ij.
  - C2  grad_loss_eq_backprop: G_ij = δ_i^{(j)}[2(s_j − t_j)] s_{i−1}ᵀ for ALL i, j (0 when j < i),
        and G_ij is the gradient in the directional sense: ∀ V, ⟨G_ij, V⟩ = d/dε ℓ_j(W_i + εV)|₀.
  - C2, C1 (support) loss_derivative_eq_sum_grad_dot: for every family V perturbing all layers
        at once, d/dε ℓ_j(W + εV)|₀ = Σ_{1≤i≤j} ⟨G_ij, V_i⟩ (the G_ij are the full gradient). *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From WhyAlignment Require Export DeepCalculus.
Set Implicit Arguments. Unset Strict Implicit. Unset Printing Implicit Defensive.
Import GRing.Theory Num.Theory.
Local Open Scope ring_scope.

(** d/dε p(ε) at ε = 0 is the coefficient of ε. *)
Lemma deriv_at0 (R : ringType) (p : {poly R}) : (deriv p).[0] = p`_1.
Proof. by rewrite horner_coef0 coef_deriv mulr1n. Qed.

Section LemmaB.
Variable R : comRingType.
Variables (n : nat -> nat) (m : nat).
Variables (x : 'M[R]_(n 0%N, m)) (D : forall k, 'M[R]_(n k, m)) (W : forall k, 'M[R]_(n k, n k.-1)).

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

(** Lemma B along every layer at once: ⟨e, ds_j⟩ = Σ_{1≤i≤j} ⟨δ_i^{(j)}[e] s_{i−1}ᵀ, V_i⟩. *)
Lemma frob_cf1_fwd (V : forall k, 'M[R]_(n k, n k.-1)) j (e : 'M[R]_(n j, m)) :
  frob e (cf 1 (fwd_eps x D W V j))
  = \sum_(1 <= i < j.+1) frob (backprop D W i j e *m (fwd x D W i.-1)^T) (V i).
Proof.
elim: j e => [|k IH] e; first by rewrite cf1_fwd_eps0 frob0r big_geq.
rewrite cf1_fwd_epsS frob_hadamardr frobDr frob_mulr IH frob_mull [RHS]big_nat_recr // backprop_id //.
congr (_ + _); apply: eq_big_nat => i /andP[_ lt].
by rewrite backpropS.
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
Variables (x : 'M[R]_(n 0%N, m)) (D : forall k, 'M[R]_(n k, m)) (W : forall k, 'M[R]_(n k, n k.-1)).
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

(** The G_ij (1 ≤ i ≤ j) make up the whole derivative: dℓ_j(W + εV)/dε|₀ = Σ_i ⟨G_ij, V_i⟩. *)
Lemma coef1_loss_eq_sum_grad_dot (V : forall k, 'M[R]_(n k, n k.-1)) j :
  (loss_eps x D W t V j)`_1 = \sum_(1 <= i < j.+1) frob (grad_loss x D W t i j) (V i).
Proof.
rewrite /loss_eps coef1_sqnorm_sub cf0_fwd_eps frob_cf1_fwd.
by apply: eq_bigr => i _; rewrite grad_loss_closed.
Qed.

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
     frob (grad_loss x D W t i j) V0 = (deriv (loss_eps x D W t (single i V0) j)).[0]).
Proof.
move=> R n m x D W t i j; rewrite grad_loss_closed; split=> // V0.
by rewrite deriv_at0 coef1_loss_single.
Qed.


(** The whole derivative (C1, C2): for every direction family V (all layers perturbed at once),
    d/dε ℓ_j(W + εV)|₀ = Σ_{1≤i≤j} ⟨G_ij, V_i⟩, so (G_1j, …, G_jj) is ℓ_j's full gradient. *)
Theorem loss_derivative_eq_sum_grad_dot :
  forall (R : comRingType) (n : nat -> nat) (m : nat) (x : 'M[R]_(n 0%N, m))
    (D : forall k, 'M[R]_(n k, m)) (W V : forall k, 'M[R]_(n k, n k.-1))
    (t : forall k, 'M[R]_(n k, m)) (j : nat),
  (deriv (loss_eps x D W t V j)).[0] = \sum_(1 <= i < j.+1) frob (grad_loss x D W t i j) (V i).
Proof. by move=> R n m x D W V t j; rewrite deriv_at0 coef1_loss_eq_sum_grad_dot. Qed.
