(** * DeepReluNet: the ReLU net itself, its gradients as derivatives, and T4(a), T4(b) for it.

  ReLU is not a polynomial, so along W + εV it is read on germs at ε = 0: for a polynomial
  p(ε) with p(0) ≠ 0, relu(p(ε)) is p(ε) (p(0) > 0) or 0 (p(0) < 0) for all small ε, so
  [relu_poly p] = if p(0) > 0 then p else 0 is exact there and its coefficient of ε is the true
  derivative d/dε relu(p(ε))|₀. At p(0) = 0 (a pre-activation exactly 0, where ReLU is not
  differentiable) it gives 0: the convention h′(0) = 0 of the project's sweep (proofs/C2).
  [relu_fwd_eps] is the ReLU net r_k = relu(W_k r_{k−1}) run along W + εV this way;
  [relu_grad_loss], [relu_internal], [relu_external] are its G_ij and split terms, defined as in
  DeepNet.v (coefficient of ε, entry by entry). Over any real (ordered) integral domain, any depth,
  widths n : nat -> nat and batch m:
  - relu_fwd_eps_eq_masked: the ReLU net along W + εV is the masked net at ReLU's masks
    D_k = [z_k > 0] (DeepRelu.v) along W + εV, for every V: the "lifted polynomial" argument.
  - T4(a) relu_grad_loss_eq_internal_sub_external: G_ij = internal_ij − external_ij for the ReLU
    net, and G_ij is the masked net's gradient at ReLU's masks (so C1, C2, C10, T2 of the masked
    net apply to it).
  - T4(b) relu_net_one_sample_internal_dot_nonneg: one sample, ⟨internal_ii, internal_ij⟩ ≥ 0.
  Uses the split (DeepSplit.v) and T4(b) for idempotent masks (DeepRelu.v). *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From WhyAlignment Require Export DeepRelu.
Set Implicit Arguments. Unset Strict Implicit. Unset Printing Implicit Defensive.
Import GRing.Theory Num.Theory.
Local Open Scope ring_scope.

Section ReluNet.
Variable R : realDomainType.
Variables (n : nat -> nat) (m : nat).

(** ReLU on the germ of p(ε) at ε = 0. *)
Definition relu_poly (p : {poly R}) : {poly R} := if 0 < p`_0 then p else 0.

(** r_k(W + εV): r_0 = x, r_k = relu(W_k r_{k−1}). *)
Fixpoint relu_fwd_eps (x : 'M[R]_(n 0%N, m)) (W V : forall k, 'M[R]_(n k, n k.-1)) (k : nat)
  : 'M[{poly R}]_(n k, m) :=
  match k return 'M[{poly R}]_(n k, m) with
  | 0 => lift x
  | k'.+1 => map_mx relu_poly (perturb W V k'.+1 *m relu_fwd_eps x W V k')
  end.

Definition relu_grad_loss x W (t : forall k, 'M[R]_(n k, m)) (i j : nat) :=
  gradient_at i (fun V => sqnorm (relu_fwd_eps x W V j - lift (t j))).
Definition relu_internal x W (i j : nat) :=
  gradient_at i (fun V => frob (lift (2%:R *: relu_fwd x W j)) (relu_fwd_eps x W V j)).
Definition relu_external x W (t : forall k, 'M[R]_(n k, m)) (i j : nat) :=
  gradient_at i (fun V => frob (lift (2%:R *: t j)) (relu_fwd_eps x W V j)).

Lemma relu_fwd_eps_eq_masked x W V k :
  relu_fwd_eps x W V k = fwd_eps x (relu_mask x W) W V k.
Proof.
elim: k => [//|k IH] /=; rewrite IH -/(fwd_eps _ _ _ _ _) [RHS]/fwd_eps /=.
rewrite -/(fwd_eps _ _ _ _ _); apply/matrixP => a b.
set P := perturb W V k.+1 *m fwd_eps x (relu_mask x W) W V k.
have e : cf 0 P = W k.+1 *m relu_fwd x W k.
  by rewrite cf0M /perturb cf_line0 cf0_fwd_eps relu_fwd_eq_masked.
have z0 : (P a b)`_0 = (W k.+1 *m relu_fwd x W k) a b by rewrite -e /cf [RHS]mxE.
rewrite !mxE in z0; rewrite !mxE /relu_poly z0.
by case: ifP => _; rewrite /= ?mulr1n ?mulr0n ?polyC1 ?polyC0 ?mul1r ?mul0r.
Qed.

Lemma relu_grad_loss_eq_masked x W t i j :
  relu_grad_loss x W t i j = grad_loss x (relu_mask x W) W t i j.
Proof. by apply/matrixP => a b; rewrite !mxE relu_fwd_eps_eq_masked. Qed.

Lemma relu_internal_eq_masked x W i j :
  relu_internal x W i j = internal x (relu_mask x W) W i j.
Proof. by apply/matrixP => a b; rewrite !mxE relu_fwd_eps_eq_masked relu_fwd_eq_masked. Qed.

Lemma relu_external_eq_masked x W t i j :
  relu_external x W t i j = external x (relu_mask x W) W t i j.
Proof. by apply/matrixP => a b; rewrite !mxE relu_fwd_eps_eq_masked. Qed.
End ReluNet.

(** T4(a) for the ReLU net: G_ij = internal_ij − external_ij, and G_ij is the masked net's
    gradient at ReLU's masks; any depth, widths, batch. *)
Theorem relu_grad_loss_eq_internal_sub_external :
  forall (R : realDomainType) (n : nat -> nat) (m : nat) (x : 'M[R]_(n 0%N, m))
    (W : forall k, 'M[R]_(n k, n k.-1)) (t : forall k, 'M[R]_(n k, m)) (i j : nat),
  relu_grad_loss x W t i j = relu_internal x W i j - relu_external x W t i j /\
  relu_grad_loss x W t i j = grad_loss x (relu_mask x W) W t i j.
Proof.
move=> R n m x W t i j; rewrite relu_grad_loss_eq_masked relu_internal_eq_masked.
rewrite relu_external_eq_masked; split=> //.
by have [-> _] := grad_loss_eq_internal_sub_external x (relu_mask x W) W t i j.
Qed.

(** T4(b) for the ReLU net: one sample, any depth and widths, ⟨internal_ii, internal_ij⟩ ≥ 0. *)
Theorem relu_net_one_sample_internal_dot_nonneg :
  forall (R : realDomainType) (n : nat -> nat) (x : 'M[R]_(n 0%N, 1%N))
    (W : forall k, 'M[R]_(n k, n k.-1)) (i j : nat),
  0 <= frob (relu_internal x W i i) (relu_internal x W i j).
Proof.
move=> R n x W i j; rewrite !relu_internal_eq_masked.
by have [_ ->] := one_sample_idempotent_mask_internal_dot_nonneg x W i j (relu_mask_idem x W).
Qed.

(** T4's universal parts, as the ledger names them: (a) the split holds for the ReLU net (any depth,
    widths and batch), and (b) with one sample ⟨internal_ii, internal_ij⟩ ≥ 0. T4(c) and (d) are
    witnesses, re-checked exactly by the property. *)
Theorem relu_split_and_one_sample_internal_dot_nonneg :
  (forall (R : realDomainType) (n : nat -> nat) (m : nat) (x : 'M[R]_(n 0%N, m))
    (W : forall k, 'M[R]_(n k, n k.-1)) (t : forall k, 'M[R]_(n k, m)) (i j : nat),
  relu_grad_loss x W t i j = relu_internal x W i j - relu_external x W t i j /\
  relu_grad_loss x W t i j = grad_loss x (relu_mask x W) W t i j) /\
  (forall (R : realDomainType) (n : nat -> nat) (x : 'M[R]_(n 0%N, 1%N))
    (W : forall k, 'M[R]_(n k, n k.-1)) (i j : nat),
  0 <= frob (relu_internal x W i i) (relu_internal x W i j)).
Proof. by split; [exact: relu_grad_loss_eq_internal_sub_external | exact: relu_net_one_sample_internal_dot_nonneg]. Qed.
