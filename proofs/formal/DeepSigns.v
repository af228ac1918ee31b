(** * DeepSigns: random signs on the targets average the external terms out (T2, any depth).

  The TS claim's distribution: targets t_k ↦ ε_k t_k (k = 1..L) with independent uniform signs
  ε_k = ±1; the expectation is the average over the 2^L sign vectors. [signsum L F] is the sum
  of F(ε) over the 2^L families ε with ε_1..ε_L ∈ {1, −1} (and ε_k = 1 for k = 0 or k > L),
  by recursion on L:  signsum 0 F = F(1),  signsum (L+1) F = signsum L (F ∘ [ε_{L+1} := 1])
  + signsum L (F ∘ [ε_{L+1} := −1]).
  - T2 sign_sum_local_dot_distant_eq_internal_dot_any_depth: any commutative ring, any depth L,
    widths n : nat -> nat, batch m and fixed masks D_k (the linear net, and ReLU's mask, which
    does not depend on the targets), for 1 ≤ i < j ≤ L:
      Σ_ε ⟨G_ii(εt), G_ij(εt)⟩ = 2^L ⟨internal_ii, internal_ij⟩,  i.e. 2^L·E = 2^L·(in·in).
    Stated as the sum (2^L times the average) so that no division is needed. General zero-mean
    independent distributions are not covered (only the sign distribution the property uses).
    Uses the split (grad_loss_eq_internal_sub_external, DeepSplit.v): the external term is
    linear in the target and internal does not read it. *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From WhyAlignment Require Export DeepSplit.
Set Implicit Arguments. Unset Strict Implicit. Unset Printing Implicit Defensive.
Import GRing.Theory Num.Theory.
Local Open Scope ring_scope.

(** ε with ε_k set to v. *)
Definition upd (R : Type) (e : nat -> R) (k : nat) (v : R) : nat -> R :=
  fun k' => if k' == k then v else e k'.

(** Σ over ε_1..ε_L ∈ {1, −1} of F(ε). *)
Fixpoint signsum (R : ringType) (L : nat) (F : (nat -> R) -> R) {struct L} : R :=
  match L with
  | 0 => F (fun _ => 1)
  | L'.+1 => signsum L' (fun e => F (upd e L'.+1 1)) + signsum L' (fun e => F (upd e L'.+1 (-1)))
  end.

Section SignSum.
Variable R : comRingType.
Implicit Types (F G : (nat -> R) -> R) (L : nat).

Lemma signsum_ext L F G : (forall e, F e = G e) -> signsum L F = signsum L G.
Proof. by elim: L F G => [|L IH] F G FG /=; [apply: FG | congr (_ + _); apply: IH]. Qed.

Lemma signsumD L F G : signsum L (fun e => F e + G e) = signsum L F + signsum L G.
Proof. by elim: L F G => [//|L IH] F G /=; rewrite !IH addrACA. Qed.

Lemma signsumN L F : signsum L (fun e => - F e) = - signsum L F.
Proof. by elim: L F => [//|L IH] F /=; rewrite !IH opprD. Qed.

Lemma signsumZ L (c : R) F : signsum L (fun e => c * F e) = c * signsum L F.
Proof. by elim: L F => [//|L IH] F /=; rewrite !IH mulrDr. Qed.

Lemma signsumZr L (c : R) F : signsum L (fun e => F e * c) = signsum L F * c.
Proof. by elim: L F => [//|L IH] F /=; rewrite !IH mulrDl. Qed.

Lemma signsum_const L (c : R) : signsum L (fun _ => c) = (2 ^ L)%:R * c.
Proof. by elim: L => [|L IH] /=; rewrite ?mul1r // IH -mulrDl -natrD addnn -muln2 expnSr. Qed.

(** Σ_ε ε_p = 0 for 1 ≤ p ≤ L. *)
Lemma signsum_sign L p : (0 < p <= L)%N -> signsum L (fun e : nat -> R => e p) = 0.
Proof.
elim: L => [|L IH] /andP[p0 pL] /=; first by rewrite leqn0 in pL; rewrite (eqP pL) in p0.
rewrite /upd; case: (eqVneq p L.+1) => [_|ne] /=.
  by rewrite !signsum_const mulr1 mulrN1 addrN.
by rewrite IH ?addr0 // p0 -ltnS ltn_neqAle ne.
Qed.

(** Σ_ε ε_p ε_q = 0 for p ≠ q in 1..L. *)
Lemma signsum_sign2 L p q : p != q -> (0 < p <= L)%N -> (0 < q <= L)%N ->
  signsum L (fun e : nat -> R => e p * e q) = 0.
Proof.
elim: L => [|L IH] pq /andP[p0 pL] /andP[q0 qL] /=.
  by rewrite leqn0 in pL; rewrite (eqP pL) in p0.
have lt k : (0 < k)%N -> k != L.+1 -> (k <= L.+1)%N -> (0 < k <= L)%N.
  by move=> k0 ne le; rewrite k0 -ltnS ltn_neqAle ne.
rewrite /upd; case: (eqVneq p L.+1) => [ep|np]; case: (eqVneq q L.+1) => [eq|nq] /=.
- by rewrite ep eq eqxx in pq.
- by rewrite !signsumZ (signsum_sign (lt q q0 nq qL)) !mulr0 addr0.
- by rewrite !signsumZr (signsum_sign (lt p p0 np pL)) !mul0r addr0.
- by rewrite IH ?addr0 // lt.
Qed.
End SignSum.

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

(** T2, any depth: Σ_ε ⟨G_ii(εt), G_ij(εt)⟩ = 2^L ⟨internal_ii, internal_ij⟩, 1 ≤ i < j ≤ L. *)
Theorem sign_sum_local_dot_distant_eq_internal_dot_any_depth :
  forall (R : comRingType) (n : nat -> nat) (m : nat) (x : 'M[R]_(n 0%N, m))
    (D : forall k, 'M[R]_(n k, m)) (W : forall k, 'M[R]_(n k, n k.-1))
    (t : forall k, 'M[R]_(n k, m)) (L i j : nat),
  (0 < i)%N -> (i < j)%N -> (j <= L)%N ->
  signsum L (fun e => frob (grad_loss x D W (fun k => e k *: t k) i i)
                           (grad_loss x D W (fun k => e k *: t k) i j))
  = (2 ^ L)%:R * frob (internal x D W i i) (internal x D W i j).
Proof.
move=> R n m x D W t L i j i0 ij jL.
set A := frob (internal x D W i i) (internal x D W i j).
set B := frob (internal x D W i i) (external x D W t i j).
set C := frob (external x D W t i i) (internal x D W i j).
set E := frob (external x D W t i i) (external x D W t i j).
have F e : frob (grad_loss x D W (fun k => e k *: t k) i i)
                (grad_loss x D W (fun k => e k *: t k) i j)
           = A + (- (e j * B) + (- (e i * C) + e i * e j * E)).
  by rewrite !grad_loss_flip frobBl !frobBr !frobZl !frobZr opprB -!addrA mulrA [e i * e j * E - _]addrC.
have iL : (0 < i <= L)%N by rewrite i0 (leq_trans (ltnW ij) jL).
have jL' : (0 < j <= L)%N by rewrite (ltn_trans i0 ij) jL.
rewrite (signsum_ext _ F) !signsumD !signsumN !signsumZr signsum_const.
by rewrite !signsum_sign ?signsum_sign2 ?(ltn_eqF ij) // !mul0r oppr0 !addr0.
Qed.
