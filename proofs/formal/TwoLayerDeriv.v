(* TwoLayerDeriv: derivatives of the two kinds of functions every gradient here is made of.
   - grad_of_is_grad: a gradient in the directional sense (∀ V, ⟨G, V⟩ = d/dε f(W + εV)|₀) is
     the matrix of partial derivatives grad f W;
   - ddir_sqnorm_sub: d‖f − t‖² = ⟨2(f₀ − t), df⟩;  ddir_frob_lift: d⟨e, f⟩ = ⟨e, df⟩
     (f₀, df: coefficients 0 and 1 of f along the line W + εV);
   - Lemma B's split (proofs/README.md) for any polynomial map f with f(W + εV) = s₀ + O(ε):
     grad_sqnorm_sub_split / is_grad_sqnorm_sub: ∂‖f − t‖²/∂W = ∂⟨2s₀, f⟩/∂W − ∂⟨2t, f⟩/∂W,
     and grad_frob_lift_scale: the external term is linear in the target.
   Any commutative ring R, any dimensions. Used by TwoLayerSplit.v and TwoLayerSigns.v. *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From mathcomp Require Import all_ssreflect all_algebra.
From WhyAlignment Require Export TwoLayerBase.
Set Implicit Arguments. Unset Strict Implicit. Unset Printing Implicit Defensive.
Import GRing.Theory Num.Theory.
Local Open Scope ring_scope.

Section Derivatives.
Variable R : comRingType.
Implicit Types p q r : nat.

Lemma grad_of_is_grad p q (f : 'M[{poly R}]_(p, q) -> {poly R}) W G :
  is_grad f W G -> grad f W = G.
Proof. by move=> dG; apply/matrixP => i j; rewrite mxE -dG frob_delta. Qed.

(* d‖f − t‖² = ⟨2(f₀ − t), df⟩, where f₀ = cf 0 f and df = cf 1 f along the line. *)
Lemma ddir_sqnorm_sub p q r s (f : 'M[{poly R}]_(p, q) -> 'M[{poly R}]_(r, s)) W V t :
  ddir (fun U => sqnorm (f U - lift t)) W V
  = frob (2%:R *: (cf 0%N (f (line W V)) - t)) (cf 1%N (f (line W V))).
Proof.
set F := f (line W V).
have e0 : cf 0%N (F - lift t) = cf 0%N F - t by rewrite cfB cf_lift0.
have e1 : cf 1%N (F - lift t) = cf 1%N F by rewrite cfB cf_lift1 subr0.
rewrite /ddir /sqnorm {1}/frob coef_tr cf1M !cf_tr e0 e1 mxtraceD.
by rewrite frobZl /frob -[in X in _ + X]mxtrace_tr trmx_mul trmxK mulr2n mulrDl mul1r.
Qed.

(* d⟨e, f⟩ = ⟨e, df⟩ for a constant e. *)
Lemma ddir_frob_lift p q r s (f : 'M[{poly R}]_(p, q) -> 'M[{poly R}]_(r, s)) W V e :
  ddir (fun U => frob (lift e) (f U)) W V = frob e (cf 1%N (f (line W V))).
Proof. by rewrite /ddir /frob coef_tr cf1M !cf_tr cf_lift0 cf_lift1 trmx0 mul0mx addr0. Qed.

(* A closed form for the gradient of a frozen-error functional W ↦ ⟨e, f(W)⟩. *)
Lemma is_grad_frob_lift p q r s (f : 'M[{poly R}]_(p, q) -> 'M[{poly R}]_(r, s)) W e G :
  (forall V, frob G V = frob e (cf 1%N (f (line W V)))) ->
  is_grad (fun U => frob (lift e) (f U)) W G.
Proof. by move=> dG V; rewrite ddir_frob_lift dG. Qed.

(* Lemma B's split: if f(W + εV) = s₀ + O(ε) for every V, then
   ∂‖f − t‖²/∂W = ∂⟨2s₀, f⟩/∂W − ∂⟨2t, f⟩/∂W (internal minus external). *)
Lemma grad_sqnorm_sub_split p q r s (f : 'M[{poly R}]_(p, q) -> 'M[{poly R}]_(r, s)) W s0 t :
  (forall V, cf 0%N (f (line W V)) = s0) ->
  grad (fun U => sqnorm (f U - lift t)) W
  = grad (fun U => frob (lift (2%:R *: s0)) (f U)) W
    - grad (fun U => frob (lift (2%:R *: t)) (f U)) W.
Proof.
move=> f0; apply/matrixP => i j; rewrite !mxE ddir_sqnorm_sub !ddir_frob_lift f0.
by rewrite scalerBr frobBl.
Qed.

(* The same split for the directional gradients: ℓ's gradient is internal minus external. *)
Lemma is_grad_sqnorm_sub p q r s (f : 'M[{poly R}]_(p, q) -> 'M[{poly R}]_(r, s)) W s0 t Gi Ge :
  (forall V, cf 0%N (f (line W V)) = s0) ->
  is_grad (fun U => frob (lift (2%:R *: s0)) (f U)) W Gi ->
  is_grad (fun U => frob (lift (2%:R *: t)) (f U)) W Ge ->
  is_grad (fun U => sqnorm (f U - lift t)) W (Gi - Ge).
Proof.
move=> f0 dGi dGe V; rewrite ddir_sqnorm_sub f0 scalerBr !frobBl dGi dGe.
by rewrite !ddir_frob_lift.
Qed.

(* The external term is linear in the target: e t ↦ e · external. *)
Lemma grad_frob_lift_scale p q r s (f : 'M[{poly R}]_(p, q) -> 'M[{poly R}]_(r, s)) W e t :
  grad (fun U => frob (lift (2%:R *: (e *: t))) (f U)) W
  = e *: grad (fun U => frob (lift (2%:R *: t)) (f U)) W.
Proof.
apply/matrixP => i j; rewrite !mxE !ddir_frob_lift.
by rewrite scalerA mulrC -scalerA frobZl.
Qed.

End Derivatives.
