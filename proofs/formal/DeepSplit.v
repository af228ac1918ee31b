(** * DeepSplit: the split of Lemma B, the global gradient, and the expansion of local·distant.

  Scope: any commutative ring R, any depth, any widths n : nat -> nat, any batch m, any fixed
  masks D_k (linear net: D_k = 1; ReLU: its mask [z_k > 0] wherever no pre-activation is 0, the
  ReLU net itself: DeepReluNet.v). Every G, internal, external,
  ∂𝓛/∂W is a derivative (DeepNet.v); the closed forms come from Lemma B (DeepBackprop.v).
  - split, T4(a)  grad_loss_eq_internal_sub_external: G_ij = internal_ij − external_ij, with
        internal_ij = δ_i^{(j)}[2 s_j] s_{i−1}ᵀ and external_ij = δ_i^{(j)}[2 t_j] s_{i−1}ᵀ.
  - C1  global_grad_eq_local_add_distant: ∂(Σ_{j=1}^{L} ℓ_j)/∂W_i = G_ii + Σ_{i<j≤L} G_ij, 1 ≤ i ≤ L.
  - C10 local_dot_distant_eq_aligned_sub_cross: ⟨G_ii, G_ij⟩ = (⟨in_ii, in_ij⟩ + ⟨ex_ii, ex_ij⟩)
        − (⟨in_ii, ex_ij⟩ + ⟨ex_ii, in_ij⟩), and (ordered R) aligned_terms_imply_local_dot_distant_nonneg.
        Both for every pair i, j (the claim's i < j included). *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From WhyAlignment Require Export DeepBackprop.
Set Implicit Arguments. Unset Strict Implicit. Unset Printing Implicit Defensive.
Import GRing.Theory Num.Theory.
Local Open Scope ring_scope.

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

(** C10: local·distant = (in·in + ex·ex) − (in·ex + ex·in), any pair i, j. *)
Theorem local_dot_distant_eq_aligned_sub_cross :
  forall (R : comRingType) (n : nat -> nat) (m : nat) (x : 'M[R]_(n 0%N, m))
    (D : forall k, 'M[R]_(n k, m)) (W : forall k, 'M[R]_(n k, n k.-1))
    (t : forall k, 'M[R]_(n k, m)) (i j : nat),
  frob (grad_loss x D W t i i) (grad_loss x D W t i j)
  = (frob (internal x D W i i) (internal x D W i j)
     + frob (external x D W t i i) (external x D W t i j))
    - (frob (internal x D W i i) (external x D W t i j)
       + frob (external x D W t i i) (internal x D W i j)).
Proof.
move=> R n m x D W t i j.
have [-> _] := grad_loss_eq_internal_sub_external x D W t i i.
have [-> _] := grad_loss_eq_internal_sub_external x D W t i j.
by rewrite frobBl !frobBr opprB addrACA opprD.
Qed.

(** C10, the sign corollary: favourable signs of the four terms give local·distant ≥ 0. *)
Theorem aligned_terms_imply_local_dot_distant_nonneg :
  forall (R : numDomainType) (n : nat -> nat) (m : nat) (x : 'M[R]_(n 0%N, m))
    (D : forall k, 'M[R]_(n k, m)) (W : forall k, 'M[R]_(n k, n k.-1))
    (t : forall k, 'M[R]_(n k, m)) (i j : nat),
  0 <= frob (internal x D W i i) (internal x D W i j) ->
  0 <= frob (external x D W t i i) (external x D W t i j) ->
  frob (internal x D W i i) (external x D W t i j) <= 0 ->
  frob (external x D W t i i) (internal x D W i j) <= 0 ->
  0 <= frob (grad_loss x D W t i i) (grad_loss x D W t i j).
Proof.
move=> R n m x D W t i j h1 h2 h3 h4.
rewrite local_dot_distant_eq_aligned_sub_cross subr_ge0.
have h34 := ler_add h3 h4; rewrite addr0 in h34.
exact: Order.POrderTheory.le_trans h34 (addr_ge0 h1 h2).
Qed.
