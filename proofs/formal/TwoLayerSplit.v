(* TwoLayerSplit: the local and distant gradients of a two-layer linear net and their split into
   internal minus external terms, in closed form (claims C6r, C7r, C9r).
   Scope: any commutative ring R, any widths n0, n1, n2 and any batch m (the TS claims check one
   sample, m = 1); depth 2, linear activation. All of G11, G12, internal1j, external1j are
   defined as derivatives (TwoLayer.v); the closed forms below are theorems.
   - C6r local_grad_eq_two_in1_sub_two_ex1:
       G11 = 2 s₁xᵀ − 2 t₁xᵀ = internal11 − external11, internal11 = 2 s₁xᵀ, external11 = 2 t₁xᵀ.
   - C7r distant_grad_eq_two_in2_sub_two_ex2:
       G12 = 2 W₂ᵀW₂s₁xᵀ − 2 W₂ᵀt₂xᵀ = internal12 − external12 (likewise term by term).
   - C9r local_dot_distant_eq_expansion (uses C6r, C7r):
       ⟨G11, G12⟩ = ⟨in11, in12⟩ − ⟨in11, ex12⟩ − ⟨ex11, in12⟩ + ⟨ex11, ex12⟩. *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From mathcomp Require Import all_ssreflect all_algebra.
From WhyAlignment Require Export TwoLayerBase TwoLayer.
Set Implicit Arguments. Unset Strict Implicit. Unset Printing Implicit Defensive.
Import GRing.Theory Num.Theory.
Local Open Scope ring_scope.

Section Split.
Context {R : comRingType} {n0 n1 n2 m : nat}.
Variables (W1 : 'M[R]_(n1, n0)) (W2 : 'M[R]_(n2, n1)) (x : 'M[R]_(n0, m)).
Variables (t1 : 'M[R]_(n1, m)) (t2 : 'M[R]_(n2, m)).

Lemma internal11_is_grad :
  is_grad (fun W => frob (lift (2%:R *: s1 W1 x)) (s1 W (lift x))) W1 (2%:R *: (s1 W1 x *m x^T)).
Proof. by apply: is_grad_frob_lift => V; rewrite cf_s1_line1 frob_mull scalemxAl. Qed.

Lemma external11_is_grad :
  is_grad (fun W => frob (lift (2%:R *: t1)) (s1 W (lift x))) W1 (2%:R *: (t1 *m x^T)).
Proof. by apply: is_grad_frob_lift => V; rewrite cf_s1_line1 frob_mull scalemxAl. Qed.

Lemma internal12_is_grad :
  is_grad (fun W => frob (lift (2%:R *: s2 W1 W2 x)) (s2 W (lift W2) (lift x))) W1
    (2%:R *: (W2^T *m W2 *m s1 W1 x *m x^T)).
Proof.
apply: is_grad_frob_lift => V.
by rewrite cf_s2_line1 frob_mulr frob_mull /s2 -scalemxAr -scalemxAl mulmxA.
Qed.

Lemma external12_is_grad :
  is_grad (fun W => frob (lift (2%:R *: t2)) (s2 W (lift W2) (lift x))) W1
    (2%:R *: (W2^T *m t2 *m x^T)).
Proof.
by apply: is_grad_frob_lift => V; rewrite cf_s2_line1 frob_mulr frob_mull -scalemxAr -scalemxAl.
Qed.

Lemma G11_is_grad : is_grad (fun W => loss1 W (lift x) (lift t1)) W1
  (2%:R *: (s1 W1 x *m x^T) - 2%:R *: (t1 *m x^T)).
Proof.
apply: (@is_grad_sqnorm_sub R _ _ _ _ (fun W => s1 W (lift x)) W1 (s1 W1 x) t1).
- by move=> V; apply: cf_s1_line0.
- exact: internal11_is_grad.
- exact: external11_is_grad.
Qed.

Lemma G12_is_grad : is_grad (fun W => loss2 W (lift W2) (lift x) (lift t2)) W1
  (2%:R *: (W2^T *m W2 *m s1 W1 x *m x^T) - 2%:R *: (W2^T *m t2 *m x^T)).
Proof.
apply: (@is_grad_sqnorm_sub R _ _ _ _ (fun W => s2 W (lift W2) (lift x)) W1 (s2 W1 W2 x) t2).
- by move=> V; apply: cf_s2_line0.
- exact: internal12_is_grad.
- exact: external12_is_grad.
Qed.

End Split.

(* C6r. *)
Theorem local_grad_eq_two_in1_sub_two_ex1 :
  forall (R : comRingType) (n0 n1 m : nat)
    (W1 : 'M[R]_(n1, n0)) (x : 'M[R]_(n0, m)) (t1 : 'M[R]_(n1, m)),
  G11 W1 x t1 = 2%:R *: (s1 W1 x *m x^T) - 2%:R *: (t1 *m x^T) /\
  G11 W1 x t1 = internal11 W1 x - external11 W1 x t1 /\
  internal11 W1 x = 2%:R *: (s1 W1 x *m x^T) /\
  external11 W1 x t1 = 2%:R *: (t1 *m x^T) /\
  is_grad (fun W => loss1 W (lift x) (lift t1)) W1 (G11 W1 x t1).
Proof.
move=> R n0 n1 m W1 x t1.
have G := G11_is_grad W1 x t1; have eG := grad_of_is_grad G.
have ei := grad_of_is_grad (internal11_is_grad W1 x).
have ee := grad_of_is_grad (external11_is_grad W1 x t1).
by rewrite /G11 /internal11 /external11 eG ei ee.
Qed.

(* C7r. *)
Theorem distant_grad_eq_two_in2_sub_two_ex2 :
  forall (R : comRingType) (n0 n1 n2 m : nat) (W1 : 'M[R]_(n1, n0)) (W2 : 'M[R]_(n2, n1))
    (x : 'M[R]_(n0, m)) (t2 : 'M[R]_(n2, m)),
  G12 W1 W2 x t2 = 2%:R *: (W2^T *m W2 *m s1 W1 x *m x^T) - 2%:R *: (W2^T *m t2 *m x^T) /\
  G12 W1 W2 x t2 = internal12 W1 W2 x - external12 W1 W2 x t2 /\
  internal12 W1 W2 x = 2%:R *: (W2^T *m W2 *m s1 W1 x *m x^T) /\
  external12 W1 W2 x t2 = 2%:R *: (W2^T *m t2 *m x^T) /\
  is_grad (fun W => loss2 W (lift W2) (lift x) (lift t2)) W1 (G12 W1 W2 x t2).
Proof.
move=> R n0 n1 n2 m W1 W2 x t2.
have G := G12_is_grad W1 W2 x t2; have eG := grad_of_is_grad G.
have ei := grad_of_is_grad (internal12_is_grad W1 W2 x).
have ee := grad_of_is_grad (external12_is_grad W1 W2 x t2).
by rewrite /G12 /internal12 /external12 eG ei ee.
Qed.

(* C9r, from C6r and C7r. *)
Theorem local_dot_distant_eq_expansion :
  forall (R : comRingType) (n0 n1 n2 m : nat) (W1 : 'M[R]_(n1, n0)) (W2 : 'M[R]_(n2, n1))
    (x : 'M[R]_(n0, m)) (t1 : 'M[R]_(n1, m)) (t2 : 'M[R]_(n2, m)),
  frob (G11 W1 x t1) (G12 W1 W2 x t2)
  = frob (internal11 W1 x) (internal12 W1 W2 x) - frob (internal11 W1 x) (external12 W1 W2 x t2)
    - frob (external11 W1 x t1) (internal12 W1 W2 x)
    + frob (external11 W1 x t1) (external12 W1 W2 x t2).
Proof.
move=> R n0 n1 n2 m W1 W2 x t1 t2.
have [_ [-> _]] := local_grad_eq_two_in1_sub_two_ex1 W1 x t1.
have [_ [-> _]] := distant_grad_eq_two_in2_sub_two_ex2 W1 W2 x t2.
by rewrite frobBl !frobBr opprB addrA addrAC.
Qed.
