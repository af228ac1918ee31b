(** * DeepAlign: the internal terms of a linear net of any depth are aligned (T1), and with one
  sample the gradients of W_i are aligned exactly as the errors reaching layer i (T3).

  - T1 linear_internal_dot_nonneg_any_depth: linear net (masks 1), any depth, any widths
    n : nat -> nat, any batch m, over a real (ordered) integral domain R, for all i, j:
      ⟨internal_ii, internal_ij⟩ = ‖2 A s_i s_{i−1}ᵀ‖²_F ≥ 0,  A = W_j ⋯ W_{i+1} ([chain]).
    (For j < i or i = 0 both sides are 0.) The identity alone holds over any commutative ring
    ([linear_internal_dot_eq_sqnorm]). Uses the split's closed form of internal (DeepSplit.v)
    and the linear-net Jacobians (DeepJacobian.v). Over ℂ as a numDomainType it fails (no conjugate).
  - T3 one_sample_grad_dot_eq_error_dot: one sample (m = 1), any depth, widths and masks
    (so ReLU's), any commutative ring, all i, j, with δ_i^{(k)} = [backprop] of 2(s_k − t_k)
    (= diag(D_i)(∂s_k/∂s_i)ᵀ 2(s_k − t_k), DeepJacobian.v):
      ⟨G_ii, G_ij⟩ = ⟨δ_i^{(i)}, δ_i^{(j)}⟩‖s_{i−1}‖²,  ‖G_ii‖² = ‖δ_i^{(i)}‖²‖s_{i−1}‖²,  ‖G_ij‖² = ‖δ_i^{(j)}‖²‖s_{i−1}‖²;
    T3 one_sample_cosine_eq_error_cosine: over a real closed field, if s_{i−1} ≠ 0,
      S(G_ii, G_ij) = S(δ_i^{(i)}, δ_i^{(j)}),  S(A, B) = ⟨A, B⟩ / (√‖A‖² √‖B‖²)  (0 when a norm is 0).
    Uses C2 (grad_loss_eq_backprop) and ⟨u xᵀ, v xᵀ⟩ = ⟨u, v⟩‖x‖² (frob_outer, TwoLayerAlign.v). *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From WhyAlignment Require Import TwoLayerAlign.
From WhyAlignment Require Export DeepSplit DeepJacobian.
Set Implicit Arguments. Unset Strict Implicit. Unset Printing Implicit Defensive.
Import GRing.Theory Num.Theory.
Local Open Scope ring_scope.

(** The cosine S(A, B) = ⟨A, B⟩ / (‖A‖ ‖B‖), 0 when a norm is 0 (x / 0 = 0). *)
Definition cosine (R : rcfType) p q (A B : 'M[R]_(p, q)) : R :=
  frob A B / (Num.sqrt (sqnorm A) * Num.sqrt (sqnorm B)).

Lemma linear_internal_dot_eq_sqnorm (R : comRingType) (n : nat -> nat) (m : nat)
  (x : 'M[R]_(n 0%N, m)) (W : forall k, 'M[R]_(n k, n k.-1)) (i j : nat) :
  frob (internal x ones W i i) (internal x ones W i j)
  = sqnorm (2%:R *: (chain W i j *m fwd x ones W i *m (fwd x ones W i.-1)^T)).
Proof.
have [_ [-> _]] := grad_loss_eq_internal_sub_external x ones W (fun k => 0) i i.
have [_ [-> _]] := grad_loss_eq_internal_sub_external x ones W (fun k => 0) i j.
rewrite !backprop_ones; case: i => [|i]; first by rewrite !chain0 !trmx0 !mul0mx frob0r /sqnorm scaler0 frob0r.
case: (leqP i.+1 j) => [le|lt]; last by rewrite [chain W _ j]chain_lt // !trmx0 !mul0mx frob0r /sqnorm scaler0 frob0r.
rewrite chain_id // trmx1 mul1mx (@fwd_ones_chain _ _ _ x W i.+1 j le) -mulmxA frob_mulr trmxK.
by rewrite /sqnorm -!scalemxAl -!scalemxAr !frobZl !frobZr !mulmxA.
Qed.

(** T1, any depth: ⟨internal_ii, internal_ij⟩ = ‖2 A s_i s_{i−1}ᵀ‖² ≥ 0 in a linear net. *)
Theorem linear_internal_dot_nonneg_any_depth :
  forall (R : realDomainType) (n : nat -> nat) (m : nat) (x : 'M[R]_(n 0%N, m))
    (W : forall k, 'M[R]_(n k, n k.-1)) (i j : nat),
  frob (internal x ones W i i) (internal x ones W i j)
    = sqnorm (2%:R *: (chain W i j *m fwd x ones W i *m (fwd x ones W i.-1)^T)) /\
  0 <= frob (internal x ones W i i) (internal x ones W i j).
Proof.
move=> R n m x W i j; rewrite linear_internal_dot_eq_sqnorm.
by split=> //; apply: sqnorm_ge0.
Qed.

(** T3, the identities: with one sample every gradient of W_i is δ s_{i−1}ᵀ. *)
Theorem one_sample_grad_dot_eq_error_dot :
  forall (R : comRingType) (n : nat -> nat) (x : 'M[R]_(n 0%N, 1%N))
    (D : forall k, 'M[R]_(n k, 1%N)) (W : forall k, 'M[R]_(n k, n k.-1))
    (t : forall k, 'M[R]_(n k, 1%N)) (i j : nat),
  frob (grad_loss x D W t i i) (grad_loss x D W t i j)
    = frob (backprop D W i i (2%:R *: (fwd x D W i - t i)))
           (backprop D W i j (2%:R *: (fwd x D W j - t j))) * sqnorm (fwd x D W i.-1) /\
  sqnorm (grad_loss x D W t i i)
    = sqnorm (backprop D W i i (2%:R *: (fwd x D W i - t i))) * sqnorm (fwd x D W i.-1) /\
  sqnorm (grad_loss x D W t i j)
    = sqnorm (backprop D W i j (2%:R *: (fwd x D W j - t j))) * sqnorm (fwd x D W i.-1).
Proof.
move=> R n x D W t i j.
have [-> _] := grad_loss_eq_backprop x D W t i i.
have [-> _] := grad_loss_eq_backprop x D W t i j.
by rewrite /sqnorm !frob_outer.
Qed.

(** T3: S(G_ii, G_ij) = S(δ_i^{(i)}, δ_i^{(j)}) for one sample, s_{i−1} ≠ 0. *)
Theorem one_sample_cosine_eq_error_cosine :
  forall (R : rcfType) (n : nat -> nat) (x : 'M[R]_(n 0%N, 1%N))
    (D : forall k, 'M[R]_(n k, 1%N)) (W : forall k, 'M[R]_(n k, n k.-1))
    (t : forall k, 'M[R]_(n k, 1%N)) (i j : nat),
  fwd x D W i.-1 != 0 ->
  cosine (grad_loss x D W t i i) (grad_loss x D W t i j)
  = cosine (backprop D W i i (2%:R *: (fwd x D W i - t i)))
           (backprop D W i j (2%:R *: (fwd x D W j - t j))).
Proof.
move=> R n x D W t i j nz; rewrite /cosine.
have [-> [-> ->]] := one_sample_grad_dot_eq_error_dot x D W t i j.
have c0 := sqnorm_gt0 nz; set c := sqnorm _ in c0 *.
set a := frob _ _; set b := sqnorm _; set d := sqnorm (backprop _ _ _ j _).
have c_ge0 := Order.POrderTheory.ltW c0.
rewrite !sqrtrM ?sqnorm_ge0 // mulrACA -expr2 sqr_sqrtr // invfM mulrACA.
by rewrite divff ?mulr1 // Order.POrderTheory.gt_eqF.
Qed.
