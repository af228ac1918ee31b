(** * DeepMoments: T2 for any zero-mean, independent targets (finite distributions), any depth.

  A finite distribution of the targets: outcomes s of a finite type S with weights w s (a
  probability when Σ_s w s = 1; E[f] = Σ_s w s f(s)) and target families T s. The claim's
  hypotheses, as used by its proof: E[t_i] = 0, E[t_j] = 0, and E[t_i ⊗ t_j] = 0 (every cross moment
  E[(t_i)_ab (t_j)_cd] vanishes), which independence of t_i and t_j with zero means implies.
  - T2 zero_mean_local_dot_distant_eq_internal_dot: any commutative ring, any depth, widths
    n : nat -> nat, batch m, fixed masks D_k (linear, and ReLU's: they do not read the targets), all
    i, j:  Σ_s w s ⟨G_ii(T s), G_ij(T s)⟩ = (Σ_s w s) ⟨internal_ii, internal_ij⟩, i.e.
    E[local_i · distant_ij] = internal_ii · internal_ij for a probability.
    Only finite distributions (sums, not integrals). Uses the split (DeepSplit.v): external_ik is
    a linear map of t_k, internal_ik does not read the targets. *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From WhyAlignment Require Export DeepSplit.
Set Implicit Arguments. Unset Strict Implicit. Unset Printing Implicit Defensive.
Import GRing.Theory Num.Theory.
Local Open Scope ring_scope.

Section Linear.
Variable R : comRingType.
Variables (p q r u : nat) (f : 'M[R]_(p, q) -> 'M[R]_(r, u)).
Hypotheses (fD : forall X Y, f (X + Y) = f X + f Y) (fZ : forall a X, f (a *: X) = a *: f X).

Lemma lin0 : f 0 = 0.
Proof. by rewrite -(scale0r 0) fZ scale0r. Qed.

Lemma lin_sum (I : Type) (s : seq I) (F : I -> 'M[R]_(p, q)) :
  f (\sum_(k <- s) F k) = \sum_(k <- s) f (F k).
Proof. by elim/big_rec2: _ => [|k A B _ <-]; rewrite ?lin0 ?fD. Qed.

(** f X = Σ_ab X_ab f(E_ab). *)
Lemma lin_delta (X : 'M[R]_(p, q)) : f X = \sum_a \sum_b X a b *: f (delta_mx a b).
Proof.
rewrite {1}(matrix_sum_delta X) lin_sum; apply: eq_bigr => a _.
by rewrite lin_sum; apply: eq_bigr => b _; rewrite fZ.
Qed.
End Linear.

Section Frob.
Variable R : comRingType.
Variables (p q : nat).

Lemma frob_sumr (I : Type) (s : seq I) (A : 'M[R]_(p, q)) (F : I -> 'M[R]_(p, q)) :
  frob A (\sum_(k <- s) F k) = \sum_(k <- s) frob A (F k).
Proof. by elim/big_rec2: _ => [|k B C _ <-]; rewrite ?frob0r ?frobDr. Qed.

Lemma frob_suml (I : Type) (s : seq I) (A : 'M[R]_(p, q)) (F : I -> 'M[R]_(p, q)) :
  frob (\sum_(k <- s) F k) A = \sum_(k <- s) frob (F k) A.
Proof. by rewrite frobC frob_sumr; apply: eq_bigr => k _; rewrite frobC. Qed.
End Frob.

Section Moments.
Variable R : comRingType.
Variables (S : finType) (w : S -> R).

(** E[⟨A, g(Y)⟩] = ⟨A, g(E[Y])⟩ = 0 for a linear g and E[Y] = 0. *)
Lemma mean_frob p q p' q' (g : 'M[R]_(p', q') -> 'M[R]_(p, q))
  (gD : forall X Y, g (X + Y) = g X + g Y) (gZ : forall a X, g (a *: X) = a *: g X)
  (A : 'M[R]_(p, q)) (Y : S -> 'M[R]_(p', q')) :
  \sum_s w s *: Y s = 0 -> \sum_s w s * frob A (g (Y s)) = 0.
Proof.
move=> Y0; transitivity (frob A (g (\sum_s w s *: Y s))); last by rewrite Y0 (lin0 gZ) frob0r.
by rewrite (lin_sum gD gZ) frob_sumr; apply: eq_bigr => s _; rewrite gZ frobZr.
Qed.

(** E[⟨f(X), g(Y)⟩] = 0 for linear f, g when every cross moment E[X_ab Y_cd] is 0. *)
Lemma cross_moment_frob p1 q1 p2 q2 p q (f : 'M[R]_(p1, q1) -> 'M[R]_(p, q))
  (g : 'M[R]_(p2, q2) -> 'M[R]_(p, q))
  (fD : forall X Y, f (X + Y) = f X + f Y) (fZ : forall a X, f (a *: X) = a *: f X)
  (gD : forall X Y, g (X + Y) = g X + g Y) (gZ : forall a X, g (a *: X) = a *: g X)
  (X : S -> 'M[R]_(p1, q1)) (Y : S -> 'M[R]_(p2, q2)) :
  (forall a b c d, \sum_s w s * (X s a b * Y s c d) = 0) ->
  \sum_s w s * frob (f (X s)) (g (Y s)) = 0.
Proof.
move=> XY.
have E s : w s * frob (f (X s)) (g (Y s)) = \sum_a \sum_b \sum_c \sum_d
    w s * (X s a b * Y s c d) * frob (f (delta_mx a b)) (g (delta_mx c d)).
  rewrite (lin_delta fD fZ) (lin_delta gD gZ) frob_suml !mulr_sumr; apply: eq_bigr => a _.
  rewrite frob_suml !mulr_sumr; apply: eq_bigr => b _.
  rewrite frobZl frob_sumr !mulr_sumr; apply: eq_bigr => c _.
  by rewrite frob_sumr !mulr_sumr; apply: eq_bigr => d _; rewrite frobZr !mulrA.
rewrite (eq_bigr _ (fun s _ => E s)) exchange_big big1 // => a _.
rewrite exchange_big big1 // => b _; rewrite exchange_big big1 // => c _.
by rewrite exchange_big big1 // => d _; rewrite -mulr_suml XY mul0r.
Qed.
End Moments.

Section External.
Variable R : comRingType.
Variables (n : nat -> nat) (m : nat).
Variables (x : 'M[R]_(n 0%N, m)) (D : forall k, 'M[R]_(n k, m)) (W : forall k, 'M[R]_(n k, n k.-1)).
Variable i : nat.

(** external_ik as a linear map of the target t_k. *)
Definition ext_map k (e : 'M[R]_(n k, m)) : 'M[R]_(n i, n i.-1) :=
  backprop D W i k (2%:R *: e) *m (fwd x D W i.-1)^T.

Lemma ext_mapZ k a (e : 'M[R]_(n k, m)) : ext_map (a *: e) = a *: ext_map e.
Proof. by rewrite /ext_map scalerA mulrC -scalerA backpropZ -scalemxAl. Qed.

Lemma ext_mapD k (e1 e2 : 'M[R]_(n k, m)) : ext_map (e1 + e2) = ext_map e1 + ext_map e2.
Proof.
have N (e : 'M[R]_(n k, m)) : backprop D W i k (- e) = - backprop D W i k e.
  by rewrite -scaleN1r backpropZ scaleN1r.
by rewrite /ext_map scalerDr -[2%:R *: e2]opprK backpropB N !opprK mulmxDl.
Qed.

Lemma grad_loss_ext_map (t : forall k, 'M[R]_(n k, m)) k :
  grad_loss x D W t i k = internal x D W i k - ext_map (t k).
Proof. by have [-> [_ ->]] := grad_loss_eq_internal_sub_external x D W t i k. Qed.
End External.

(** T2 for any finite distribution with zero means and vanishing cross moments (independence). *)
Theorem zero_mean_local_dot_distant_eq_internal_dot :
  forall (R : comRingType) (n : nat -> nat) (m : nat) (x : 'M[R]_(n 0%N, m))
    (D : forall k, 'M[R]_(n k, m)) (W : forall k, 'M[R]_(n k, n k.-1))
    (S : finType) (w : S -> R) (T : S -> forall k, 'M[R]_(n k, m)) (i j : nat),
  \sum_s w s *: T s i = 0 ->
  \sum_s w s *: T s j = 0 ->
  (forall a b c d, \sum_s w s * (T s i a b * T s j c d) = 0) ->
  \sum_s w s * frob (grad_loss x D W (T s) i i) (grad_loss x D W (T s) i j)
  = (\sum_s w s) * frob (internal x D W i i) (internal x D W i j).
Proof.
move=> R n m x D W S w T i j Ti Tj Tij.
set A := internal x D W i i; set B := internal x D W i j.
set Pi := @ext_map R n m x D W i i; set Pj := @ext_map R n m x D W i j.
have E s : w s * frob (grad_loss x D W (T s) i i) (grad_loss x D W (T s) i j)
  = w s * frob A B - w s * frob A (Pj (T s j))
    - (w s * frob (Pi (T s i)) B - w s * frob (Pi (T s i)) (Pj (T s j))).
  by rewrite !grad_loss_ext_map frobBl !frobBr !mulrBr.
have h1 : \sum_s w s * frob A (Pj (T s j)) = 0.
  by apply: mean_frob => //; [apply: ext_mapD | apply: ext_mapZ].
have h2 : \sum_s w s * frob (Pi (T s i)) B = 0.
  transitivity (\sum_s w s * frob B (Pi (T s i))); first by apply: eq_bigr => s _; rewrite frobC.
  by apply: mean_frob => //; [apply: ext_mapD | apply: ext_mapZ].
have h3 : \sum_s w s * frob (Pi (T s i)) (Pj (T s j)) = 0.
  by apply: cross_moment_frob => //; [apply: ext_mapD | apply: ext_mapZ | apply: ext_mapD | apply: ext_mapZ].
by rewrite (eq_bigr _ (fun s _ => E s)) !sumrB h1 h2 h3 !subr0 mulr_suml.
Qed.

