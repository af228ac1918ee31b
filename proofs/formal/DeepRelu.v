(** * DeepRelu: with one sample, a ReLU net keeps T1 (T4(b)), at any depth.

  A ReLU net with one sample is the masked net s_k = D_k ∘ (W_k s_{k−1}) with D_k = [z_k > 0]
  on the open region where no pre-activation is 0 (DeepNet.v; DeepReluNet.v proves it on germs).
  Such masks are 0/1, so D_k ∘ D_k = D_k. For ANY masks with D_k ∘ D_k = D_k (all k):
  - T4(b) one_sample_idempotent_mask_internal_dot_nonneg: one sample (m = 1), any depth, any
    widths n : nat -> nat, over a real (ordered) integral domain, for all i, j:
      ⟨internal_ii, internal_ij⟩ = ‖2 A s_i s_{i−1}ᵀ‖²_F ≥ 0,  A = ∂s_j/∂s_i = diag(D_j)W_j ⋯ diag(D_{i+1})W_{i+1}.
    (The proof page's 4‖s_{i−1}‖²‖A s_i‖².) With a batch each sample has its own masks and the
    claim fails (T4(c)); with tanh it fails too (T4(d)); neither is formalised here.
  - T4(b) relu_one_sample_internal_dot_nonneg: the same at ReLU's own masks D_k = [W_k r_{k−1} > 0]
    of the ReLU net r_k = relu(W_k r_{k−1}) ([relu_mask]): the masked net's forward pass equals the
    ReLU net's everywhere ([relu_fwd_eq_masked]), and ⟨internal_ii, internal_ij⟩ ≥ 0 for the
    masked net at those masks. That the ReLU net's derivative is this net's derivative is
    DeepReluNet.v (relu_fwd_eps_eq_masked).
  Uses the split (DeepSplit.v), the one-sample Jacobians (DeepJacobian.v) and frob_outer
  (TwoLayerAlign.v). *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From WhyAlignment Require Import TwoLayerAlign.
From WhyAlignment Require Export DeepSplit DeepJacobian.
Set Implicit Arguments. Unset Strict Implicit. Unset Printing Implicit Defensive.
Import GRing.Theory Num.Theory.
Local Open Scope ring_scope.

Section Idempotent.
Variable R : comRingType.

(** diag(d)² = diag(d) when d ∘ d = d. *)
Lemma diag_mx_idem p (d : 'M[R]_(p, 1%N)) :
  hadamard d d = d -> diag_mx d^T *m diag_mx d^T = diag_mx d^T.
Proof.
move=> dd; rewrite mul_diag_mx; apply/matrixP => a b; rewrite !mxE.
have daa : d a 0 * d a 0 = d a 0 by have := congr1 (fun M : 'M[R]_(p, 1%N) => M a 0) dd; rewrite !mxE.
by case: (a == b); rewrite ?mulr1n ?mulr0n ?mulr0.
Qed.

Lemma one_sample_idempotent_internal_dot_eq_sqnorm (n : nat -> nat) (x : 'M[R]_(n 0%N, 1%N))
  (D : forall k, 'M[R]_(n k, 1%N)) (W : forall k, 'M[R]_(n k, n k.-1)) (i j : nat) :
  (forall k, hadamard (D k) (D k) = D k) ->
  frob (internal x D W i i) (internal x D W i j)
  = sqnorm (2%:R *: (chain (jac_factor D W) i j *m fwd x D W i *m (fwd x D W i.-1)^T)).
Proof.
move=> idem.
have [_ [-> _]] := grad_loss_eq_internal_sub_external x D W (fun k => 0) i i.
have [_ [-> _]] := grad_loss_eq_internal_sub_external x D W (fun k => 0) i j.
rewrite !backprop_one_sample; case: i => [|i].
  by rewrite !chain0 !trmx0 !mulmx0 !mul0mx frob0r /sqnorm scaler0 frob0r.
case: (leqP i.+1 j) => [le|lt]; last first.
  by rewrite [chain _ _ j]chain_lt // !trmx0 !mulmx0 !mul0mx frob0r /sqnorm scaler0 frob0r.
have Pidem := diag_mx_idem (idem i.+1).
have Ps : diag_mx (D i.+1)^T *m fwd x D W i.+1 = fwd x D W i.+1.
  by rewrite /= hadamard_diag mulmxA Pidem.
rewrite chain_id // trmx1 mulmx1 [2%:R *: (_ *m _ *m _)]scalemxAl /sqnorm !frob_outer.
congr (_ * _); rewrite (@fwd_one_sample_chain _ _ x D W i.+1 j le) -mulmxA frob_mulr.
rewrite tr_diag_mx mulmxA Pidem -scalemxAr Ps frob_mulr trmxK.
by rewrite -!scalemxAr.
Qed.
End Idempotent.

(** T4(b), any depth: one sample, masks with D_k ∘ D_k = D_k (ReLU's): ⟨in_ii, in_ij⟩ ≥ 0. *)
Theorem one_sample_idempotent_mask_internal_dot_nonneg :
  forall (R : realDomainType) (n : nat -> nat) (x : 'M[R]_(n 0%N, 1%N))
    (D : forall k, 'M[R]_(n k, 1%N)) (W : forall k, 'M[R]_(n k, n k.-1)) (i j : nat),
  (forall k, hadamard (D k) (D k) = D k) ->
  frob (internal x D W i i) (internal x D W i j)
    = sqnorm (2%:R *: (chain (jac_factor D W) i j *m fwd x D W i *m (fwd x D W i.-1)^T)) /\
  0 <= frob (internal x D W i i) (internal x D W i j).
Proof.
move=> R n x D W i j idem; rewrite one_sample_idempotent_internal_dot_eq_sqnorm //.
by split=> //; apply: sqnorm_ge0.
Qed.

(** ReLU's own masks. relu z = z if z > 0 else 0; the ReLU net r_0 = x, r_k = relu(W_k r_{k−1});
    its masks D_k = [W_k r_{k−1} > 0] (entrywise 0/1). *)
Section Relu.
Variable R : realDomainType.
Variables (n : nat -> nat) (m : nat).

Definition relu (z : R) : R := if 0 < z then z else 0.

Fixpoint relu_fwd (x : 'M[R]_(n 0%N, m)) (W : forall k, 'M[R]_(n k, n k.-1)) (k : nat)
  : 'M[R]_(n k, m) :=
  match k return 'M[R]_(n k, m) with
  | 0 => x
  | k'.+1 => map_mx relu (W k'.+1 *m relu_fwd x W k')
  end.

Definition relu_mask (x : 'M[R]_(n 0%N, m)) (W : forall k, 'M[R]_(n k, n k.-1))
  : forall k, 'M[R]_(n k, m) :=
  fun k => match k return 'M[R]_(n k, m) with
  | 0 => const_mx 1
  | k'.+1 => map_mx (fun z : R => (((0 < z)%R : bool)%:R : R)) (W k'.+1 *m relu_fwd x W k')
  end.

(** The ReLU net IS the masked net at its own masks (everywhere, z = 0 included). *)
Lemma relu_fwd_eq_masked x W k : relu_fwd x W k = fwd x (relu_mask x W) W k.
Proof.
elim: k => [//|k IH] /=; rewrite -IH; apply/matrixP => a b; rewrite !mxE /relu.
by case: ifP; rewrite ?mul1r ?mul0r.
Qed.

Lemma relu_mask_idem x W k : hadamard (relu_mask x W k) (relu_mask x W k) = relu_mask x W k.
Proof. by case: k => [|k]; apply/matrixP => a b; rewrite !mxE ?mulr1 //; case: (0 < _); rewrite ?mulr1 ?mulr0. Qed.
End Relu.

(** T4(b) at ReLU's masks: one sample, any depth, ⟨in_ii, in_ij⟩ ≥ 0 for the masked net at the
    masks D_k = [z_k > 0] of the ReLU net, whose forward pass it equals (relu_fwd_eq_masked); for
    the ReLU net's own derivative see relu_net_one_sample_internal_dot_nonneg (DeepReluNet.v). *)
Theorem relu_one_sample_internal_dot_nonneg :
  forall (R : realDomainType) (n : nat -> nat) (x : 'M[R]_(n 0%N, 1%N))
    (W : forall k, 'M[R]_(n k, n k.-1)) (i j : nat),
  (forall k, fwd x (relu_mask x W) W k = relu_fwd x W k) /\
  0 <= frob (internal x (relu_mask x W) W i i) (internal x (relu_mask x W) W i j).
Proof.
move=> R n x W i j; split=> [k|]; first by rewrite relu_fwd_eq_masked.
by have [_ ->] := one_sample_idempotent_mask_internal_dot_nonneg x W i j (relu_mask_idem x W).
Qed.
