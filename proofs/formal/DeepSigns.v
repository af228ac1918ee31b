(** * DeepSigns: random signs on the targets average the external terms out (T2, any depth).

  The TS claim's distribution: targets t_k ↦ ε_k t_k (k = 1..L) with independent uniform signs
  ε_k = ±1; the expectation is the average over the 2^L sign vectors. A sign vector is
  s : {ffun 'I_L -> bool} (layer k = p + 1 is negated iff s p), [sign_of s k] is ε_k (1 for
  k = 0 and k > L), and the sum is MathComp's \sum over the finite type of all 2^L vectors.
  - T2 sign_sum_local_dot_distant_eq_internal_dot_any_depth: any commutative ring, any depth L,
    widths n : nat -> nat, batch m and fixed masks D_k (the linear net, and ReLU's mask, which
    does not depend on the targets), for 1 ≤ i < j ≤ L:
      Σ_s ⟨G_ii(ε(s)t), G_ij(ε(s)t)⟩ = 2^L ⟨internal_ii, internal_ij⟩,  i.e. 2^L·E = 2^L·(in·in).
    Stated as the sum (2^L times the average) so that no division is needed. General zero-mean
    independent distributions are not covered (only the sign distribution the property uses).
    Uses the split (grad_loss_eq_internal_sub_external, DeepSplit.v): the external term is
    linear in the target and internal does not read it. *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From WhyAlignment Require Export DeepSplit.
Set Implicit Arguments. Unset Strict Implicit. Unset Printing Implicit Defensive.
Import GRing.Theory Num.Theory.
Local Open Scope ring_scope.

(** ε_k of the sign vector s: −1 if layer k (1 ≤ k ≤ L) is negated, else 1. *)
Definition sign_of (R : ringType) (L : nat) (s : {ffun 'I_L -> bool}) (k : nat) : R :=
  if k is k'.+1 then (if insub k' is Some p then (if s p then -1 else 1) else 1) else 1.

(** s with coordinate p negated. *)
Definition flip (L : nat) (p : 'I_L) (s : {ffun 'I_L -> bool}) : {ffun 'I_L -> bool} :=
  [ffun k => if k == p then ~~ s k else s k].

Lemma flipK L (p : 'I_L) : involutive (flip p).
Proof. by move=> s; apply/ffunP => k; rewrite !ffunE; case: eqP => _; rewrite ?negbK. Qed.

Section Signs.
Variable R : comRingType.
Variable L : nat.
Implicit Types (s : {ffun 'I_L -> bool}) (G : {ffun 'I_L -> bool} -> R).

Lemma sign_of_ord s (p : 'I_L) : sign_of R s p.+1 = if s p then -1 else 1.
Proof. by rewrite /= valK. Qed.

(** Σ_s ε_p(s) G(s) = 0 when G does not read coordinate p. *)
Lemma sum_sign_mul (p : 'I_L) G : (forall s, G (flip p s) = G s) ->
  \sum_(s : {ffun 'I_L -> bool}) (if s p then -1 else 1) * G s = 0.
Proof.
move=> Gf; rewrite (bigID (fun s : {ffun 'I_L -> bool} => s p)) /=.
rewrite (eq_bigr (fun s => - G s)) => [|s ->]; last by rewrite mulN1r.
rewrite [X in _ + X](eq_bigr G) => [|s /negbTE ->]; last by rewrite mul1r.
rewrite [X in _ + X](reindex_inj (inv_inj (@flipK L p))) /=.
rewrite [X in _ + X](eq_bigl (fun s : {ffun 'I_L -> bool} => s p)) => [|s].
  by rewrite [X in _ + X](eq_bigr G) ?sumrN ?addNr // => s _; apply: Gf.
by rewrite ffunE eqxx negbK.
Qed.

Lemma sum_sign (p : 'I_L) : \sum_(s : {ffun 'I_L -> bool}) (if s p then -1 else 1) = 0 :> R.
Proof.
rewrite -[RHS](@sum_sign_mul p (fun _ => 1)) //.
by apply: eq_bigr => s _; rewrite mulr1.
Qed.

Lemma sum_sign2 (p q : 'I_L) : p != q ->
  \sum_(s : {ffun 'I_L -> bool}) (if s p then -1 else 1) * (if s q then -1 else 1) = 0 :> R.
Proof.
move=> pq; apply: sum_sign_mul => s.
by rewrite ffunE eq_sym (negbTE pq).
Qed.

Lemma sum_const (c : R) : \sum_(s : {ffun 'I_L -> bool}) c = (2 ^ L)%:R * c.
Proof. by rewrite sumr_const card_ffun card_bool card_ord mulr_natl. Qed.

(** Σ_s (a − ε_q b − ε_p c + ε_p ε_q d) = 2^L a for p ≠ q. *)
Lemma sum_sign_expand (p q : 'I_L) (a b c d : R) : p != q ->
  \sum_(s : {ffun 'I_L -> bool}) (a + (- ((if s q then -1 else 1) * b)
     + (- ((if s p then -1 else 1) * c) + (if s p then -1 else 1) * (if s q then -1 else 1) * d)))
  = (2 ^ L)%:R * a.
Proof.
move=> pq; rewrite !big_split /= !sumrN -!mulr_suml sum_const !sum_sign sum_sign2 //.
by rewrite !mul0r oppr0 !addr0.
Qed.
End Signs.

Section Flip.
Variable R : comRingType.
Variables (n : nat -> nat) (m : nat).
Variables (x : 'M[R]_(n 0%N, m)) (D : forall k, 'M[R]_(n k, m)) (W : forall k, 'M[R]_(n k, n k.-1)).
Variable t : forall k, 'M[R]_(n k, m).

(** G_ij(εt) = internal_ij − ε_j external_ij(t). *)
Lemma grad_loss_flip (e : nat -> R) i j :
  grad_loss x D W (fun k => e k *: t k) i j = internal x D W i j - e j *: external x D W t i j.
Proof.
have [-> [_ ->]] := grad_loss_eq_internal_sub_external x D W (fun k => e k *: t k) i j.
by rewrite external_closed scalerA mulrC -scalerA backpropZ -scalemxAl.
Qed.
End Flip.

(** T2, any depth: Σ_s ⟨G_ii(ε(s)t), G_ij(ε(s)t)⟩ = 2^L ⟨internal_ii, internal_ij⟩, 1 ≤ i < j ≤ L. *)
Theorem sign_sum_local_dot_distant_eq_internal_dot_any_depth :
  forall (R : comRingType) (n : nat -> nat) (m : nat) (x : 'M[R]_(n 0%N, m))
    (D : forall k, 'M[R]_(n k, m)) (W : forall k, 'M[R]_(n k, n k.-1))
    (t : forall k, 'M[R]_(n k, m)) (L i j : nat),
  (0 < i)%N -> (i < j)%N -> (j <= L)%N ->
  \sum_(s : {ffun 'I_L -> bool})
     frob (grad_loss x D W (fun k => sign_of R s k *: t k) i i)
          (grad_loss x D W (fun k => sign_of R s k *: t k) i j)
  = (2 ^ L)%:R * frob (internal x D W i i) (internal x D W i j).
Proof.
move=> R n m x D W t L i j i0 ij jL.
have j0 : (0 < j)%N by apply: ltn_trans ij.
have Hj : (j.-1 < L)%N by rewrite prednK.
have Hi : (i.-1 < L)%N by rewrite prednK // (leq_trans (ltnW ij)).
have ei s : sign_of R s i = if s (Ordinal Hi) then -1 else 1.
  by rewrite -[in LHS](prednK i0) /= (valK (Ordinal Hi)).
have ej s : sign_of R s j = if s (Ordinal Hj) then -1 else 1.
  by rewrite -[in LHS](prednK j0) /= (valK (Ordinal Hj)).
have nij : Ordinal Hi != Ordinal Hj.
  by apply/eqP => -[] /(congr1 S); rewrite !prednK // => eij; rewrite eij ltnn in ij.
rewrite -(sum_sign_expand _ (frob (internal x D W i i) (external x D W t i j))
  (frob (external x D W t i i) (internal x D W i j))
  (frob (external x D W t i i) (external x D W t i j)) nij).
apply: eq_bigr => s _.
rewrite !grad_loss_flip frobBl !frobBr !frobZl !frobZr ei ej.
by rewrite opprB -!addrA mulrA [_ * _ * _ - _]addrC.
Qed.
