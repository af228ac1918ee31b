(** * DeepBatch: a batch gradient is the sum of the one-sample gradients (C2, any batch).

  Column c of the masked net is the one-sample net with input column c and mask columns c:
  col c (s_k) = s_k(col c x, col c D) ([col_fwd]); back-propagation is column by column
  ([col_backprop]); and B Sᵀ = Σ_c (col c B)(col c S)ᵀ ([mul_tr_sum_col]).
  - C2 grad_loss_eq_sum_one_sample: any commutative ring, any depth, widths n : nat -> nat,
    batch m and masks D:  G_ij(x, D, t) = Σ_{c<m} G_ij(col c x, col c D, col c t),
    both sides gradients defined as derivatives (DeepNet.v). With
    one_sample_grad_loss_eq_jacobian_product (DeepJacobian.v) each term is the product of
    explicit Jacobians diag(D_i)(∂s_j/∂s_i)ᵀ 2(s_j − t_j) s_{i−1}ᵀ of its sample: the TS claim's
    "sample by sample" check. Uses C2 (grad_loss_eq_backprop).
  - C2 grad_loss_eq_sum_jacobian_products: the two together, in one statement:
      G_ij = Σ_c diag(D_i,c)(∂s_j,c/∂s_i,c)ᵀ 2(s_j,c − t_j,c) s_{i−1,c}ᵀ  (c-th columns). *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From WhyAlignment Require Export DeepJacobian.
Set Implicit Arguments. Unset Strict Implicit. Unset Printing Implicit Defensive.
Import GRing.Theory Num.Theory.
Local Open Scope ring_scope.

Section Columns.
Variable R : comRingType.
Variables (n : nat -> nat) (m : nat).

Lemma col_mulmx p q (A : 'M[R]_(p, q)) (B : 'M[R]_(q, m)) c : col c (A *m B) = A *m col c B.
Proof. by apply/matrixP => a b; rewrite !mxE; apply: eq_bigr => k _; rewrite !mxE. Qed.

Lemma col_hadamard p (A B : 'M[R]_(p, m)) c : col c (hadamard A B) = hadamard (col c A) (col c B).
Proof. by apply/matrixP => a b; rewrite !mxE. Qed.

(** B Sᵀ = Σ_c (col c B)(col c S)ᵀ. *)
Lemma mul_tr_sum_col p q (B : 'M[R]_(p, m)) (S : 'M[R]_(q, m)) :
  B *m S^T = \sum_(c < m) col c B *m (col c S)^T.
Proof.
apply/matrixP => a b; rewrite !mxE summxE; apply: eq_bigr => c _.
by rewrite !mxE big_ord1 !mxE.
Qed.

Variables (x : 'M[R]_(n 0%N, m)) (D : forall k, 'M[R]_(n k, m)) (W : forall k, 'M[R]_(n k, n k.-1)).

Lemma col_fwd c k : col c (fwd x D W k) = fwd (col c x) (fun k => col c (D k)) W k.
Proof. by elim: k => [//|k IH] /=; rewrite col_hadamard col_mulmx IH. Qed.

Lemma col_backprop c i j (e : 'M[R]_(n j, m)) :
  col c (backprop D W i j e) = backprop (fun k => col c (D k)) W i j (col c e).
Proof.
elim: j e => [|k IH] e /=; first exact: col0.
case: (k.+1 =P i) => [h|_]; last by rewrite IH col_mulmx col_hadamard.
by subst i; rewrite !tcast_id col_hadamard.
Qed.
End Columns.

(** C2, any batch: the batch gradient is the sum over samples of the one-sample gradients. *)
Theorem grad_loss_eq_sum_one_sample :
  forall (R : comRingType) (n : nat -> nat) (m : nat) (x : 'M[R]_(n 0%N, m))
    (D : forall k, 'M[R]_(n k, m)) (W : forall k, 'M[R]_(n k, n k.-1))
    (t : forall k, 'M[R]_(n k, m)) (i j : nat),
  grad_loss x D W t i j
  = \sum_(c < m) grad_loss (col c x) (fun k => col c (D k)) W (fun k => col c (t k)) i j.
Proof.
move=> R n m x D W t i j; have [-> _] := grad_loss_eq_backprop x D W t i j.
rewrite mul_tr_sum_col; apply: eq_bigr => c _.
have [-> _] := grad_loss_eq_backprop (col c x) (fun k => col c (D k)) W (fun k => col c (t k)) i j.
by rewrite col_backprop !col_fwd linearZ linearB /= col_fwd.
Qed.

(** C2, the TS claim's form, any batch: G_ij = Σ_c diag(D_i,c)(∂s_j,c/∂s_i,c)ᵀ 2(s_j,c − t_j,c) s_{i−1,c}ᵀ,
    the product of the explicit Jacobians of each sample c (its mask column col c D). *)
Theorem grad_loss_eq_sum_jacobian_products :
  forall (R : comRingType) (n : nat -> nat) (m : nat) (x : 'M[R]_(n 0%N, m))
    (D : forall k, 'M[R]_(n k, m)) (W : forall k, 'M[R]_(n k, n k.-1))
    (t : forall k, 'M[R]_(n k, m)) (i j : nat),
  grad_loss x D W t i j
  = \sum_(c < m) diag_mx (col c (D i))^T *m (chain (jac_factor (fun k => col c (D k)) W) i j)^T
                 *m (2%:R *: (col c (fwd x D W j) - col c (t j))) *m (col c (fwd x D W i.-1))^T.
Proof.
move=> R n m x D W t i j; rewrite grad_loss_eq_sum_one_sample; apply: eq_bigr => c _.
by rewrite one_sample_grad_loss_eq_jacobian_product !col_fwd.
Qed.
