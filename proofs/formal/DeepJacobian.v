(** * DeepJacobian: back-propagation as a product of explicit Jacobians.

  Scope: any commutative ring R, any depth, any widths n : nat -> nat.
  - Linear net (masks 1), any batch m:  δ_i^{(j)}[e] = (W_j ⋯ W_{i+1})ᵀ e  ([backprop_ones]) and
    s_j = (W_j ⋯ W_{i+1}) s_i for 1 ≤ i ≤ j  ([fwd_ones_chain]).
  - One sample (m = 1), any masks:  δ_i^{(j)}[e] = diag(D_i) (∂s_j/∂s_i)ᵀ e with the explicit
    Jacobian ∂s_j/∂s_i = diag(D_j)W_j ⋯ diag(D_{i+1})W_{i+1} ([chain] of [jac_factor]), and
    s_j = (∂s_j/∂s_i) s_i for 1 ≤ i ≤ j ([fwd_one_sample_chain]).
  - C2 one_sample_grad_loss_eq_jacobian_product: G_ij = diag(D_i)(∂s_j/∂s_i)ᵀ 2(s_j − t_j) s_{i−1}ᵀ,
    the note's ∂ℓ_j/∂s_j · ∂s_j/∂s_i · ∂s_i/∂W_i written out (transposed: columns are samples),
    for all i, j (both sides 0 when j < i); G_ij is the derivative of DeepNet.v.
    Uses C2's recurrence form (grad_loss_eq_backprop). *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From WhyAlignment Require Export DeepBackprop.
Set Implicit Arguments. Unset Strict Implicit. Unset Printing Implicit Defensive.
Import GRing.Theory Num.Theory.
Local Open Scope ring_scope.

Section Chains.
Variable R : comRingType.
Variables (n : nat -> nat) (m : nat).

Lemma backprop0 (D : forall k, 'M[R]_(n k, m)) W j e : backprop D W 0%N j e = 0.
Proof. by elim: j e => [//|k IH] e /=; case: (k.+1 =P 0%N). Qed.

(** Linear net: δ_i^{(j)}[e] = (W_j ⋯ W_{i+1})ᵀ e. *)
Lemma backprop_ones (W : forall k, 'M[R]_(n k, n k.-1)) i j (e : 'M[R]_(n j, m)) :
  backprop ones W i j e = (chain W i j)^T *m e.
Proof.
case: i => [|i]; first by rewrite backprop0 chain0 trmx0 mul0mx.
elim: j e => [|k IH] e; first by rewrite backprop_lt ?chain_lt ?trmx0 ?mul0mx.
case: (ltngtP k.+1 i.+1) => [lt|le|eq].
- by rewrite backprop_lt ?chain_lt ?trmx0 ?mul0mx.
- by rewrite backpropS ?chainS // IH hadamard_onesl trmx_mul mulmxA.
- by case: eq e IH => -> e _; rewrite backprop_id ?chain_id ?trmx1 ?mul1mx ?hadamard_onesl.
Qed.

(** Linear net: s_j = (W_j ⋯ W_{i+1}) s_i for 1 ≤ i ≤ j. *)
Lemma fwd_ones_chain (x : 'M[R]_(n 0%N, m)) (W : forall k, 'M[R]_(n k, n k.-1)) i j :
  (0 < i <= j)%N -> fwd x ones W j = chain W i j *m fwd x ones W i.
Proof.
move=> /andP[i0]; elim: j => [|k IH]; first by rewrite leqn0 => /eqP i_0; rewrite i_0 in i0.
rewrite leq_eqVlt => /orP[/eqP <-|]; first by rewrite chain_id ?mul1mx.
by rewrite ltnS => le; rewrite chainS //= hadamard_onesl IH // mulmxA.
Qed.

End Chains.

Section OneSample.
Variable R : comRingType.
Variable n : nat -> nat.

(** One sample: D ∘ e = diag(D) e. *)
Lemma hadamard_diag p (d e : 'M[R]_(p, 1%N)) : hadamard d e = diag_mx d^T *m e.
Proof. by apply/matrixP => a b; rewrite mul_diag_mx !mxE (ord1 b). Qed.

(** One sample: δ_i^{(j)}[e] = diag(D_i) (∂s_j/∂s_i)ᵀ e. *)
Lemma backprop_one_sample (D : forall k, 'M[R]_(n k, 1%N)) (W : forall k, 'M[R]_(n k, n k.-1))
  i j (e : 'M[R]_(n j, 1%N)) :
  backprop D W i j e = diag_mx (D i)^T *m (chain (jac_factor D W) i j)^T *m e.
Proof.
case: i => [|i]; first by rewrite backprop0 chain0 trmx0 mulmx0 mul0mx.
elim: j e => [|k IH] e; first by rewrite backprop_lt ?chain_lt ?trmx0 ?mulmx0 ?mul0mx.
case: (ltngtP k.+1 i.+1) => [lt|le|eq].
- by rewrite backprop_lt ?chain_lt ?trmx0 ?mulmx0 ?mul0mx.
- rewrite backpropS ?chainS // IH hadamard_diag /jac_factor !trmx_mul tr_diag_mx.
  by rewrite !mulmxA.
- by case: eq e IH => -> e _; rewrite backprop_id ?chain_id ?trmx1 ?mulmx1 ?hadamard_diag.
Qed.

(** One sample: s_j = (∂s_j/∂s_i) s_i for 1 ≤ i ≤ j (the masked net is linear along its path). *)
Lemma fwd_one_sample_chain (x : 'M[R]_(n 0%N, 1%N)) (D : forall k, 'M[R]_(n k, 1%N))
  (W : forall k, 'M[R]_(n k, n k.-1)) i j :
  (0 < i <= j)%N -> fwd x D W j = chain (jac_factor D W) i j *m fwd x D W i.
Proof.
move=> /andP[i0]; elim: j => [|k IH]; first by rewrite leqn0 => /eqP i_0; rewrite i_0 in i0.
rewrite leq_eqVlt => /orP[/eqP <-|]; first by rewrite chain_id ?mul1mx.
by rewrite ltnS => le; rewrite chainS //= hadamard_diag IH // /jac_factor !mulmxA.
Qed.
End OneSample.

(** C2, product form, one sample (m = 1), any depth, widths and masks. *)
Theorem one_sample_grad_loss_eq_jacobian_product :
  forall (R : comRingType) (n : nat -> nat) (x : 'M[R]_(n 0%N, 1%N))
    (D : forall k, 'M[R]_(n k, 1%N)) (W : forall k, 'M[R]_(n k, n k.-1))
    (t : forall k, 'M[R]_(n k, 1%N)) (i j : nat),
  grad_loss x D W t i j
  = diag_mx (D i)^T *m (chain (jac_factor D W) i j)^T *m (2%:R *: (fwd x D W j - t j))
    *m (fwd x D W i.-1)^T.
Proof.
move=> R n x D W t i j; have [-> _] := grad_loss_eq_backprop x D W t i j.
by rewrite backprop_one_sample.
Qed.
