;; X = (Â·B) ⊙ D in 4×4 tiles with f64x2 lanes (WebAssembly SIMD), for src/engine (see kernels.ts):
;; stores X at C unless C = 0, skips ⊙ D if D = 0, and returns ⟨X, E⟩ = Σ X_ij E_ij if E ≠ 0 (else 0).
;; sym ≠ 0 (for Â·B = AᵀA and D = 0, so X = Xᵀ, with E = Eᵀ): only tiles on or above the diagonal are
;; computed and stored, and ⟨X, E⟩ counts each tile above the diagonal twice, for its mirror image.
;; Â[i][p] is the f64 at A + i·ri + p·rp (bytes); B is k×n, and C, D, E are m×n, row-major.
;; Requires m ≡ 0 and n ≡ 0 (mod 4): the engine pads its dimensions with zeros.
;; Each step of p loads 4 entries of B (two v128), then each of 4 entries of Â (splat) in turn, for 16
;; multiply-adds; one splat live at a time leaves V8 enough registers (4.5% faster than four).
;; Also the engine's residual o ← 2(s − t) ⊙ d, two lanes at a time (lengths multiples of 4, as padded).
(module
  (memory (import "env" "memory") 1)
  (func (export "gemm")
    (param $C i32) (param $A i32) (param $B i32) (param $m i32) (param $k i32) (param $n i32) (param $ri i32) (param $rp i32)
    (param $D i32) (param $E i32) (param $sym i32) (result f64)
    (local $i i32) (local $j i32) (local $a i32) (local $b i32) (local $o i32) (local $x i32) (local $nb i32)
    (local $acc v128) (local $t v128) (local $ri2 i32) (local $ri3 i32) (local $bend i32)
    (local $a0 v128) (local $b0 v128) (local $b1 v128)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (local.set $nb (i32.shl (local.get $n) (i32.const 3)))
    (local.set $ri2 (i32.shl (local.get $ri) (i32.const 1)))
    (local.set $ri3 (i32.add (local.get $ri2) (local.get $ri)))
    (local.set $i (i32.const 0))
    (block $iend (loop $iloop
      (br_if $iend (i32.ge_u (local.get $i) (local.get $m)))
      (local.set $j (select (local.get $i) (i32.const 0) (local.get $sym)))
      (block $jend (loop $jloop
        (br_if $jend (i32.ge_u (local.get $j) (local.get $n)))
        (local.set $c00 (v128.const i64x2 0 0))
        (local.set $c01 (v128.const i64x2 0 0))
        (local.set $c10 (v128.const i64x2 0 0))
        (local.set $c11 (v128.const i64x2 0 0))
        (local.set $c20 (v128.const i64x2 0 0))
        (local.set $c21 (v128.const i64x2 0 0))
        (local.set $c30 (v128.const i64x2 0 0))
        (local.set $c31 (v128.const i64x2 0 0))
        (local.set $a (i32.add (local.get $A) (i32.mul (local.get $i) (local.get $ri))))
        (local.set $b (i32.add (local.get $B) (i32.shl (local.get $j) (i32.const 3))))
        (local.set $bend (i32.add (local.get $b) (i32.mul (local.get $k) (local.get $nb))))
        (block $pend (loop $ploop
          (br_if $pend (i32.ge_u (local.get $b) (local.get $bend)))
          (local.set $b0 (v128.load (local.get $b)))
          (local.set $b1 (v128.load offset=16 (local.get $b)))
          (local.set $a0 (v128.load64_splat (local.get $a)))
          (local.set $c00 (f64x2.add (local.get $c00) (f64x2.mul (local.get $a0) (local.get $b0))))
          (local.set $c01 (f64x2.add (local.get $c01) (f64x2.mul (local.get $a0) (local.get $b1))))
          (local.set $a0 (v128.load64_splat (i32.add (local.get $a) (local.get $ri))))
          (local.set $c10 (f64x2.add (local.get $c10) (f64x2.mul (local.get $a0) (local.get $b0))))
          (local.set $c11 (f64x2.add (local.get $c11) (f64x2.mul (local.get $a0) (local.get $b1))))
          (local.set $a0 (v128.load64_splat (i32.add (local.get $a) (local.get $ri2))))
          (local.set $c20 (f64x2.add (local.get $c20) (f64x2.mul (local.get $a0) (local.get $b0))))
          (local.set $c21 (f64x2.add (local.get $c21) (f64x2.mul (local.get $a0) (local.get $b1))))
          (local.set $a0 (v128.load64_splat (i32.add (local.get $a) (local.get $ri3))))
          (local.set $c30 (f64x2.add (local.get $c30) (f64x2.mul (local.get $a0) (local.get $b0))))
          (local.set $c31 (f64x2.add (local.get $c31) (f64x2.mul (local.get $a0) (local.get $b1))))
          (local.set $a (i32.add (local.get $a) (local.get $rp)))
          (local.set $b (i32.add (local.get $b) (local.get $nb)))
          (br $ploop)))
        (local.set $o (i32.shl (i32.add (i32.mul (local.get $i) (local.get $n)) (local.get $j)) (i32.const 3)))
        (if (local.get $D) (then
          (local.set $x (i32.add (local.get $D) (local.get $o)))
          (local.set $c00 (f64x2.mul (local.get $c00) (v128.load (local.get $x))))
          (local.set $c01 (f64x2.mul (local.get $c01) (v128.load offset=16 (local.get $x))))
          (local.set $x (i32.add (local.get $x) (local.get $nb)))
          (local.set $c10 (f64x2.mul (local.get $c10) (v128.load (local.get $x))))
          (local.set $c11 (f64x2.mul (local.get $c11) (v128.load offset=16 (local.get $x))))
          (local.set $x (i32.add (local.get $x) (local.get $nb)))
          (local.set $c20 (f64x2.mul (local.get $c20) (v128.load (local.get $x))))
          (local.set $c21 (f64x2.mul (local.get $c21) (v128.load offset=16 (local.get $x))))
          (local.set $x (i32.add (local.get $x) (local.get $nb)))
          (local.set $c30 (f64x2.mul (local.get $c30) (v128.load (local.get $x))))
          (local.set $c31 (f64x2.mul (local.get $c31) (v128.load offset=16 (local.get $x))))))
        (if (local.get $E) (then
          (local.set $x (i32.add (local.get $E) (local.get $o)))
          (local.set $t (v128.const i64x2 0 0))
          (local.set $t (f64x2.add (local.get $t) (f64x2.add (f64x2.mul (local.get $c00) (v128.load (local.get $x))) (f64x2.mul (local.get $c01) (v128.load offset=16 (local.get $x))))))
          (local.set $x (i32.add (local.get $x) (local.get $nb)))
          (local.set $t (f64x2.add (local.get $t) (f64x2.add (f64x2.mul (local.get $c10) (v128.load (local.get $x))) (f64x2.mul (local.get $c11) (v128.load offset=16 (local.get $x))))))
          (local.set $x (i32.add (local.get $x) (local.get $nb)))
          (local.set $t (f64x2.add (local.get $t) (f64x2.add (f64x2.mul (local.get $c20) (v128.load (local.get $x))) (f64x2.mul (local.get $c21) (v128.load offset=16 (local.get $x))))))
          (local.set $x (i32.add (local.get $x) (local.get $nb)))
          (local.set $t (f64x2.add (local.get $t) (f64x2.add (f64x2.mul (local.get $c30) (v128.load (local.get $x))) (f64x2.mul (local.get $c31) (v128.load offset=16 (local.get $x))))))
          (if (i32.and (local.get $sym) (i32.ne (local.get $i) (local.get $j))) (then (local.set $t (f64x2.add (local.get $t) (local.get $t)))))
          (local.set $acc (f64x2.add (local.get $acc) (local.get $t)))))
        (if (local.get $C) (then
          (local.set $x (i32.add (local.get $C) (local.get $o)))
          (v128.store (local.get $x) (local.get $c00))
          (v128.store offset=16 (local.get $x) (local.get $c01))
          (local.set $x (i32.add (local.get $x) (local.get $nb)))
          (v128.store (local.get $x) (local.get $c10))
          (v128.store offset=16 (local.get $x) (local.get $c11))
          (local.set $x (i32.add (local.get $x) (local.get $nb)))
          (v128.store (local.get $x) (local.get $c20))
          (v128.store offset=16 (local.get $x) (local.get $c21))
          (local.set $x (i32.add (local.get $x) (local.get $nb)))
          (v128.store (local.get $x) (local.get $c30))
          (v128.store offset=16 (local.get $x) (local.get $c31))))
        (local.set $j (i32.add (local.get $j) (i32.const 4)))
        (br $jloop)))
      (local.set $i (i32.add (local.get $i) (i32.const 4)))
      (br $iloop)))
    (f64.add (f64x2.extract_lane 0 (local.get $acc)) (f64x2.extract_lane 1 (local.get $acc))))
  (func (export "residual") (param $o i32) (param $s i32) (param $t i32) (param $d i32) (param $n i32)
    (local $end i32)
    (local.set $end (i32.add (local.get $o) (i32.shl (local.get $n) (i32.const 3))))
    (block $done (loop $l
      (br_if $done (i32.ge_u (local.get $o) (local.get $end)))
      (v128.store (local.get $o)
        (f64x2.mul (f64x2.mul (f64x2.splat (f64.const 2)) (f64x2.sub (v128.load (local.get $s)) (v128.load (local.get $t)))) (v128.load (local.get $d))))
      (local.set $o (i32.add (local.get $o) (i32.const 16)))
      (local.set $s (i32.add (local.get $s) (i32.const 16)))
      (local.set $t (i32.add (local.get $t) (i32.const 16)))
      (local.set $d (i32.add (local.get $d) (i32.const 16)))
      (br $l))))
;; mirror: K[a][b] ← K[b][a] for a > b (K m×m, row-major): the lower triangle from the upper one.
  (func (export "mirror") (param $K i32) (param $m i32)
    (local $a i32) (local $b i32) (local $row i32) (local $col i32) (local $mb i32)
    (local.set $mb (i32.shl (local.get $m) (i32.const 3)))
    (local.set $a (i32.const 1))
    (block $aend (loop $aloop
      (br_if $aend (i32.ge_u (local.get $a) (local.get $m)))
      (local.set $row (i32.add (local.get $K) (i32.mul (local.get $a) (local.get $mb)))) ;; &K[a][0]
      (local.set $col (i32.add (local.get $K) (i32.shl (local.get $a) (i32.const 3)))) ;; &K[0][a]
      (local.set $b (i32.const 0))
      (block $bend (loop $bloop
        (br_if $bend (i32.ge_u (local.get $b) (local.get $a)))
        (f64.store (i32.add (local.get $row) (i32.shl (local.get $b) (i32.const 3))) (f64.load (local.get $col)))
        (local.set $col (i32.add (local.get $col) (local.get $mb)))
        (local.set $b (i32.add (local.get $b) (i32.const 1)))
        (br $bloop)))
      (local.set $a (i32.add (local.get $a) (i32.const 1)))
      (br $aloop))))
;; tanh in place over n entries (n ≡ 0 mod 4; two vectors a, b interleaved: the Horner chains overlap): z ← tanh z, d ← 1 − z² from the stored tanh. On y = |z|,
;; u = 2·min(y, 20): u = f·ln2 + r, f = floor(u/ln2), r ∈ [0, ln2) (Cody–Waite, ln2 = hi + lo, f·hi exact),
;; expm1 r = r·Σ_{k<16} r^k/(k+1)! (Horner; truncation < 2⁻⁵⁶ relative), E = expm1 u = 2^f·expm1 r + (2^f − 1)
;; (no cancellation: both terms ≥ 0), tanh y = E/(E + 2), then z's sign bit restored (−0 stays −0).
;; For y ≥ 20 E/(E + 2) rounds to 1 (= tanh y rounded, as y > 19.06); NaN stays NaN; ±∞ → ±1.
  (func (export "tanh") (param $z i32) (param $d i32) (param $n i32)
    (local $end i32)
    (local $xa v128) (local $ua v128) (local $fa v128) (local $ra v128) (local $qa v128) (local $twoa v128) (local $ea v128) (local $ta v128)
    (local $xb v128) (local $ub v128) (local $fb v128) (local $rb v128) (local $qb v128) (local $twob v128) (local $eb v128) (local $tb v128)
    (local.set $end (i32.add (local.get $z) (i32.shl (local.get $n) (i32.const 3))))
    (block $done (loop $l
      (br_if $done (i32.ge_u (local.get $z) (local.get $end)))
      (local.set $xa (v128.load (local.get $z)))
      (local.set $xb (v128.load offset=16 (local.get $z)))
      (local.set $ua (f64x2.min (v128.and (local.get $xa) (v128.const i64x2 0x7fffffffffffffff 0x7fffffffffffffff)) (f64x2.splat (f64.const 20))))
      (local.set $ub (f64x2.min (v128.and (local.get $xb) (v128.const i64x2 0x7fffffffffffffff 0x7fffffffffffffff)) (f64x2.splat (f64.const 20))))
      (local.set $ua (f64x2.add (local.get $ua) (local.get $ua)))
      (local.set $ub (f64x2.add (local.get $ub) (local.get $ub)))
      (local.set $fa (f64x2.floor (f64x2.mul (local.get $ua) (f64x2.splat (f64.const 0x1.71547652b82fep+0)))))
      (local.set $fb (f64x2.floor (f64x2.mul (local.get $ub) (f64x2.splat (f64.const 0x1.71547652b82fep+0)))))
      (local.set $ra (f64x2.sub (f64x2.sub (local.get $ua) (f64x2.mul (local.get $fa) (f64x2.splat (f64.const 0x1.62e42feep-1))))
        (f64x2.mul (local.get $fa) (f64x2.splat (f64.const 0x1.a39ef35793c76p-33)))))
      (local.set $rb (f64x2.sub (f64x2.sub (local.get $ub) (f64x2.mul (local.get $fb) (f64x2.splat (f64.const 0x1.62e42feep-1))))
        (f64x2.mul (local.get $fb) (f64x2.splat (f64.const 0x1.a39ef35793c76p-33)))))
      (local.set $qa (f64x2.splat (f64.const 4.779477332387385e-14)))
      (local.set $qb (f64x2.splat (f64.const 4.779477332387385e-14)))
      (local.set $qa (f64x2.add (f64x2.splat (f64.const 7.647163731819816e-13)) (f64x2.mul (local.get $ra) (local.get $qa))))  ;; 1/15!
      (local.set $qb (f64x2.add (f64x2.splat (f64.const 7.647163731819816e-13)) (f64x2.mul (local.get $rb) (local.get $qb))))  ;; 1/15!
      (local.set $qa (f64x2.add (f64x2.splat (f64.const 1.1470745597729725e-11)) (f64x2.mul (local.get $ra) (local.get $qa))))  ;; 1/14!
      (local.set $qb (f64x2.add (f64x2.splat (f64.const 1.1470745597729725e-11)) (f64x2.mul (local.get $rb) (local.get $qb))))  ;; 1/14!
      (local.set $qa (f64x2.add (f64x2.splat (f64.const 1.6059043836821613e-10)) (f64x2.mul (local.get $ra) (local.get $qa))))  ;; 1/13!
      (local.set $qb (f64x2.add (f64x2.splat (f64.const 1.6059043836821613e-10)) (f64x2.mul (local.get $rb) (local.get $qb))))  ;; 1/13!
      (local.set $qa (f64x2.add (f64x2.splat (f64.const 2.08767569878681e-9)) (f64x2.mul (local.get $ra) (local.get $qa))))  ;; 1/12!
      (local.set $qb (f64x2.add (f64x2.splat (f64.const 2.08767569878681e-9)) (f64x2.mul (local.get $rb) (local.get $qb))))  ;; 1/12!
      (local.set $qa (f64x2.add (f64x2.splat (f64.const 2.505210838544172e-8)) (f64x2.mul (local.get $ra) (local.get $qa))))  ;; 1/11!
      (local.set $qb (f64x2.add (f64x2.splat (f64.const 2.505210838544172e-8)) (f64x2.mul (local.get $rb) (local.get $qb))))  ;; 1/11!
      (local.set $qa (f64x2.add (f64x2.splat (f64.const 2.755731922398589e-7)) (f64x2.mul (local.get $ra) (local.get $qa))))  ;; 1/10!
      (local.set $qb (f64x2.add (f64x2.splat (f64.const 2.755731922398589e-7)) (f64x2.mul (local.get $rb) (local.get $qb))))  ;; 1/10!
      (local.set $qa (f64x2.add (f64x2.splat (f64.const 0.0000027557319223985893)) (f64x2.mul (local.get $ra) (local.get $qa))))  ;; 1/9!
      (local.set $qb (f64x2.add (f64x2.splat (f64.const 0.0000027557319223985893)) (f64x2.mul (local.get $rb) (local.get $qb))))  ;; 1/9!
      (local.set $qa (f64x2.add (f64x2.splat (f64.const 0.0000248015873015873)) (f64x2.mul (local.get $ra) (local.get $qa))))  ;; 1/8!
      (local.set $qb (f64x2.add (f64x2.splat (f64.const 0.0000248015873015873)) (f64x2.mul (local.get $rb) (local.get $qb))))  ;; 1/8!
      (local.set $qa (f64x2.add (f64x2.splat (f64.const 0.0001984126984126984)) (f64x2.mul (local.get $ra) (local.get $qa))))  ;; 1/7!
      (local.set $qb (f64x2.add (f64x2.splat (f64.const 0.0001984126984126984)) (f64x2.mul (local.get $rb) (local.get $qb))))  ;; 1/7!
      (local.set $qa (f64x2.add (f64x2.splat (f64.const 0.001388888888888889)) (f64x2.mul (local.get $ra) (local.get $qa))))  ;; 1/6!
      (local.set $qb (f64x2.add (f64x2.splat (f64.const 0.001388888888888889)) (f64x2.mul (local.get $rb) (local.get $qb))))  ;; 1/6!
      (local.set $qa (f64x2.add (f64x2.splat (f64.const 0.008333333333333333)) (f64x2.mul (local.get $ra) (local.get $qa))))  ;; 1/5!
      (local.set $qb (f64x2.add (f64x2.splat (f64.const 0.008333333333333333)) (f64x2.mul (local.get $rb) (local.get $qb))))  ;; 1/5!
      (local.set $qa (f64x2.add (f64x2.splat (f64.const 0.041666666666666664)) (f64x2.mul (local.get $ra) (local.get $qa))))  ;; 1/4!
      (local.set $qb (f64x2.add (f64x2.splat (f64.const 0.041666666666666664)) (f64x2.mul (local.get $rb) (local.get $qb))))  ;; 1/4!
      (local.set $qa (f64x2.add (f64x2.splat (f64.const 0.16666666666666666)) (f64x2.mul (local.get $ra) (local.get $qa))))  ;; 1/3!
      (local.set $qb (f64x2.add (f64x2.splat (f64.const 0.16666666666666666)) (f64x2.mul (local.get $rb) (local.get $qb))))  ;; 1/3!
      (local.set $qa (f64x2.add (f64x2.splat (f64.const 0.5)) (f64x2.mul (local.get $ra) (local.get $qa))))  ;; 1/2!
      (local.set $qb (f64x2.add (f64x2.splat (f64.const 0.5)) (f64x2.mul (local.get $rb) (local.get $qb))))  ;; 1/2!
      (local.set $qa (f64x2.add (f64x2.splat (f64.const 1)) (f64x2.mul (local.get $ra) (local.get $qa))))  ;; 1/1!
      (local.set $qb (f64x2.add (f64x2.splat (f64.const 1)) (f64x2.mul (local.get $rb) (local.get $qb))))  ;; 1/1!
      ;; 2^f from bits: f + 1.5·2⁵² holds f in its low mantissa bits; shl 52 moves them to the exponent, + bits of 1.0
      (local.set $twoa (i64x2.add (i64x2.shl (f64x2.add (local.get $fa) (f64x2.splat (f64.const 0x1.8p52))) (i32.const 52))
        (v128.const i64x2 0x3ff0000000000000 0x3ff0000000000000)))
      (local.set $twob (i64x2.add (i64x2.shl (f64x2.add (local.get $fb) (f64x2.splat (f64.const 0x1.8p52))) (i32.const 52))
        (v128.const i64x2 0x3ff0000000000000 0x3ff0000000000000)))
      (local.set $ea (f64x2.add (f64x2.mul (local.get $twoa) (f64x2.mul (local.get $ra) (local.get $qa))) (f64x2.sub (local.get $twoa) (f64x2.splat (f64.const 1)))))
      (local.set $eb (f64x2.add (f64x2.mul (local.get $twob) (f64x2.mul (local.get $rb) (local.get $qb))) (f64x2.sub (local.get $twob) (f64x2.splat (f64.const 1)))))
      (local.set $ta (v128.or (f64x2.div (local.get $ea) (f64x2.add (local.get $ea) (f64x2.splat (f64.const 2))))
        (v128.and (local.get $xa) (v128.const i64x2 0x8000000000000000 0x8000000000000000))))
      (local.set $tb (v128.or (f64x2.div (local.get $eb) (f64x2.add (local.get $eb) (f64x2.splat (f64.const 2))))
        (v128.and (local.get $xb) (v128.const i64x2 0x8000000000000000 0x8000000000000000))))
      (v128.store (local.get $z) (local.get $ta))
      (v128.store offset=16 (local.get $z) (local.get $tb))
      (v128.store (local.get $d) (f64x2.sub (f64x2.splat (f64.const 1)) (f64x2.mul (local.get $ta) (local.get $ta))))
      (v128.store offset=16 (local.get $d) (f64x2.sub (f64x2.splat (f64.const 1)) (f64x2.mul (local.get $tb) (local.get $tb))))
      (local.set $z (i32.add (local.get $z) (i32.const 32)))
      (local.set $d (i32.add (local.get $d) (i32.const 32)))
      (br $l))))
;; relu in place over n entries (n even): m = (z > 0), z ← z ∧ m, d ← 1.0 ∧ m (NaN → 0, −0 → +0, d ∈ {0, 1}).
  (func (export "relu") (param $z i32) (param $d i32) (param $n i32)
    (local $end i32) (local $m v128)
    (local.set $end (i32.add (local.get $z) (i32.shl (local.get $n) (i32.const 3))))
    (block $done (loop $l
      (br_if $done (i32.ge_u (local.get $z) (local.get $end)))
      (local.set $m (f64x2.gt (v128.load (local.get $z)) (v128.const i64x2 0 0)))
      (v128.store (local.get $z) (v128.and (v128.load (local.get $z)) (local.get $m)))
      (v128.store (local.get $d) (v128.and (f64x2.splat (f64.const 1)) (local.get $m)))
      (local.set $z (i32.add (local.get $z) (i32.const 16)))
      (local.set $d (i32.add (local.get $d) (i32.const 16)))
      (br $l)))))
