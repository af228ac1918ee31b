(** * DeepCalculus: the algebra behind the derivatives of DeepNet.v.

  Over any comRingType: entrywise products ([hadamard]) are bilinear and move across the
  Frobenius product (⟨e, D ∘ z⟩ = ⟨D ∘ e, z⟩, an adjoint step of back-propagation). Over
  {poly R}: the coefficient 1 of ⟨e, P⟩ (e constant) and of ‖P − t‖² (the product rule), and
  the coefficients 0 and 1 of the perturbed net [fwd_eps] layer by layer. Over any ring: the
  recurrences of [backprop] and [chain] (DeepNet.v) and where they vanish (j < i, i = 0).
  No ledger claim by itself: the tools for Lemma B (DeepBackprop.v). *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From WhyAlignment Require Export DeepNet.
Set Implicit Arguments. Unset Strict Implicit. Unset Printing Implicit Defensive.
Import GRing.Theory Num.Theory.
Local Open Scope ring_scope.

Section Hadamard.
Variable R : comRingType.
Implicit Types p q : nat.

Lemma frobE p q (A B : 'M[R]_(p, q)) : frob A B = \sum_b \sum_a A a b * B a b.
Proof. by apply: eq_bigr => b _; rewrite mxE; apply: eq_bigr => a _; rewrite mxE. Qed.

(** ⟨e, D ∘ z⟩ = ⟨D ∘ e, z⟩. *)
Lemma frob_hadamardr p q (e D z : 'M[R]_(p, q)) : frob e (hadamard D z) = frob (hadamard D e) z.
Proof. by rewrite !frobE; do 2![apply: eq_bigr => ? _]; rewrite !mxE mulrCA mulrA. Qed.

Lemma hadamardDr p q (A B C : 'M[R]_(p, q)) : hadamard A (B + C) = hadamard A B + hadamard A C.
Proof. by apply/matrixP => a b; rewrite !mxE mulrDr. Qed.
Lemma hadamardZr p q c (A B : 'M[R]_(p, q)) : hadamard A (c *: B) = c *: hadamard A B.
Proof. by apply/matrixP => a b; rewrite !mxE mulrCA. Qed.
Lemma hadamardBr p q (A B C : 'M[R]_(p, q)) : hadamard A (B - C) = hadamard A B - hadamard A C.
Proof. by rewrite hadamardDr -scaleN1r hadamardZr scaleN1r. Qed.
Lemma hadamard0r p q (A : 'M[R]_(p, q)) : hadamard A 0 = 0.
Proof. by apply/matrixP => a b; rewrite !mxE mulr0. Qed.
Lemma hadamard_onesl p q (A : 'M[R]_(p, q)) : hadamard (const_mx 1) A = A.
Proof. by apply/matrixP => a b; rewrite !mxE mul1r. Qed.
End Hadamard.

Section Coef.
Variable R : comRingType.
Implicit Types p q : nat.

(** d⟨e, P⟩ = ⟨e, dP⟩ for a constant e. *)
Lemma coef1_frob_lift p q (e : 'M[R]_(p, q)) (P : 'M[{poly R}]_(p, q)) :
  (frob (lift e) P)`_1 = frob e (cf 1 P).
Proof. by rewrite /frob coef_tr cf1M !cf_tr cf_lift0 cf_lift1 trmx0 mul0mx addr0. Qed.

(** d‖P − t‖² = ⟨2(P₀ − t), dP⟩, P₀ = coefficient 0, dP = coefficient 1. *)
Lemma coef1_sqnorm_sub p q (P : 'M[{poly R}]_(p, q)) (t : 'M[R]_(p, q)) :
  (sqnorm (P - lift t))`_1 = frob (2%:R *: (cf 0 P - t)) (cf 1 P).
Proof.
have e0 : cf 0 (P - lift t) = cf 0 P - t by rewrite cfB cf_lift0.
have e1 : cf 1 (P - lift t) = cf 1 P by rewrite cfB cf_lift1 subr0.
rewrite /sqnorm {1}/frob coef_tr cf1M !cf_tr e0 e1 mxtraceD.
by rewrite frobZl /frob -[in X in _ + X]mxtrace_tr trmx_mul trmxK mulr2n mulrDl mul1r.
Qed.

Variables (n : nat -> nat) (m : nat).
Variables (x : 'M[R]_(n 0%N, m)) (D : forall k, 'M[R]_(n k, m)).
Variables (W V : forall k, 'M[R]_(n k, n k.-1)).

(** At ε = 0 the perturbed net is the net. *)
Lemma cf0_fwd_eps k : cf 0 (fwd_eps x D W V k) = fwd x D W k.
Proof.
elim: k => [|k IH]; first exact: cf_lift0.
by rewrite /fwd_eps /= cf_hadamard_lift cf0M cf_line0 -/(fwd_eps _ _ _ _ _) IH.
Qed.

(** The forward-mode derivative: ds_{k+1} = D_{k+1} ∘ (W_{k+1} ds_k + V_{k+1} s_k), ds_0 = 0. *)
Lemma cf1_fwd_eps0 : cf 1 (fwd_eps x D W V 0) = 0.
Proof. exact: cf_lift1. Qed.

Lemma cf1_fwd_epsS k : cf 1 (fwd_eps x D W V k.+1)
  = hadamard (D k.+1) (W k.+1 *m cf 1 (fwd_eps x D W V k) + V k.+1 *m fwd x D W k).
Proof.
rewrite /fwd_eps /= cf_hadamard_lift cf1M cf_line0 cf_line1 -/(fwd_eps _ _ _ _ _).
by rewrite cf0_fwd_eps.
Qed.
End Coef.

(** The recurrences of [backprop] and [chain], and where they vanish. *)
Section Recurrence.
Variable R : ringType.
Variables (n : nat -> nat) (m : nat).
Variables (D : forall k, 'M[R]_(n k, m)) (W : forall k, 'M[R]_(n k, n k.-1)).

Lemma single_neq (i k : nat) (V0 : 'M[R]_(n i, n i.-1)) : i <> k -> single i V0 k = 0.
Proof. by rewrite /single; case: (i =P k). Qed.

Lemma single_id (i : nat) (V0 : 'M[R]_(n i, n i.-1)) : single i V0 i = V0.
Proof. by rewrite /single; case: (i =P i) => // h; rewrite tcast_id. Qed.

(** δ_i^{(j)} = 0 when j < i. *)
Lemma backprop_lt i j e : (j < i)%N -> backprop D W i j e = 0.
Proof.
elim: j e => [//|k IH] e lt /=; case: (k.+1 =P i) => [h|_]; first by rewrite h ltnn in lt.
by rewrite IH // ltnW.
Qed.

(** δ_i^{(i)}[e] = D_i ∘ e (1 ≤ i). *)
Lemma backprop_id i e : (0 < i)%N -> backprop D W i i e = hadamard (D i) e.
Proof. by case: i e => [//|k] e _ /=; case: (k.+1 =P k.+1) => // h; rewrite tcast_id. Qed.

(** δ_i^{(k+1)}[e] = δ_i^{(k)}[W_{k+1}ᵀ (D_{k+1} ∘ e)] for i ≤ k. *)
Lemma backpropS i k e : (i <= k)%N ->
  backprop D W i k.+1 e = backprop D W i k ((W k.+1)^T *m hadamard (D k.+1) e).
Proof. by move=> le /=; case: (k.+1 =P i) => // h; rewrite -h ltnn in le. Qed.

Lemma chain_lt (A : forall k, 'M[R]_(n k, n k.-1)) i j : (j < i)%N -> chain A i j = 0.
Proof.
elim: j => [//|k IH] lt /=; case: (k.+1 =P i) => [h|_]; first by rewrite h ltnn in lt.
by rewrite IH ?mulmx0 // ltnW.
Qed.

Lemma chain0 (A : forall k, 'M[R]_(n k, n k.-1)) j : chain A 0%N j = 0.
Proof. by elim: j => [//|k IH] /=; case: (k.+1 =P 0%N) => // _; rewrite IH mulmx0. Qed.

Lemma chain_id (A : forall k, 'M[R]_(n k, n k.-1)) i : (0 < i)%N -> chain A i i = 1%:M.
Proof. by case: i => [//|k] _ /=; case: (k.+1 =P k.+1) => // h; rewrite tcast_id. Qed.

Lemma chainS (A : forall k, 'M[R]_(n k, n k.-1)) i k : (i <= k)%N ->
  chain A i k.+1 = A k.+1 *m chain A i k.
Proof. by move=> le /=; case: (k.+1 =P i) => // h; rewrite -h ltnn in le. Qed.
End Recurrence.
