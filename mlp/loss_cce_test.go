package mlp

import (
	"math"
	"math/big"
	"testing"
)

// TestCCEFromLogitsNoCancellation: ECC from logits against references
// computed with 256-bit arithmetic (issue 8, "one numeric defect"): relative
// error ≤ 1e-15 where the loss is tiny beside max|z|. LSE(z) − z_k, the old
// form, gave a relative error of 2.9e-7 for (20, 0) and 5.5e-6 for (1000, 980).
func TestCCEFromLogitsNoCancellation(t *testing.T) {
	for _, c := range []struct {
		z     []float64
		class int
	}{
		{[]float64{20, 0}, 0},         // ℓ = log(1 + e^−20) ≈ 2.0611536203143807e−9
		{[]float64{1000, 980}, 0},     // the same loss, shifted by 980
		{[]float64{980, 1000}, 1},     // the same, classes swapped
		{[]float64{0, 20}, 0},         // a confident wrong answer: ℓ ≈ 20
		{[]float64{30, 0, -5}, 0},     // three classes, ℓ ≈ 9.4e−14
		{[]float64{-700, -740}, 0},    // large negative logits
		{[]float64{3, 1, 0.5, -2}, 2}, // an ordinary case
		{[]float64{40, 5, 5, 5}, 0},   // ℓ ≈ 3·e^−35 ≈ 1.9e−15
	} {
		y := make([]float64, len(c.z))
		y[c.class] = 1
		got := cceFromLogits(c.z, y)
		want := bigCCE(c.z, c.class)
		if rel := math.Abs(got-want) / want; rel > 1e-15 {
			t.Errorf("z = %v, class %d: got %.17g, want %.17g (relative error %.2g)", c.z, c.class, got, want, rel)
		}
	}
	// A tie: two equal maxima give log 2 for either class.
	if got := cceFromLogits([]float64{5, 5}, []float64{0, 1}); math.Abs(got-math.Ln2) > 1e-16 {
		t.Errorf("tie: got %v, want log 2", got)
	}
}

// bigCCE returns −log softmax(z)_k = (m − z_k) + log(1 + S), S = Σ_{j≠t}
// e^(z_j − m) (m = max z at index t), in 256-bit arithmetic, rounded to
// float64. e^x (x ≤ 0) is 1/e^|x| with e^|x| summed from its Taylor series,
// all terms positive; log(1 + S) is the series S − S²/2 + S³/3 − … , which
// converges for the S < 1 of the cases above (each term is below S times the
// last, and the sum stops when a term is below 2^−300).
func bigCCE(z []float64, k int) float64 {
	const prec = 256
	t := 0
	for j, v := range z {
		if v > z[t] {
			t = j
		}
	}
	S := new(big.Float).SetPrec(prec)
	for j, v := range z {
		if j != t {
			S.Add(S, bigExpNeg(z[t]-v, prec)) // z[t] − v is exact for these inputs
		}
	}
	if S.Cmp(big.NewFloat(1)) >= 0 {
		panic("bigCCE: series needs S < 1")
	}
	loss := bigLog1p(S, prec)
	loss.Add(loss, new(big.Float).SetPrec(prec).SetFloat64(z[t]-z[k]))
	f, _ := loss.Float64()
	return f
}

// bigExpNeg returns e^−a for a ≥ 0 as 1 / Σ_n aⁿ/n!.
func bigExpNeg(a float64, prec uint) *big.Float {
	x := new(big.Float).SetPrec(prec).SetFloat64(a)
	sum := new(big.Float).SetPrec(prec).SetInt64(1)
	term := new(big.Float).SetPrec(prec).SetInt64(1)
	eps := new(big.Float).SetPrec(prec).SetMantExp(big.NewFloat(1), -300)
	for n := int64(1); ; n++ {
		term.Mul(term, x)
		term.Quo(term, new(big.Float).SetPrec(prec).SetInt64(n))
		sum.Add(sum, term)
		if term.Cmp(new(big.Float).Mul(eps, sum)) < 0 {
			break
		}
	}
	return new(big.Float).SetPrec(prec).Quo(big.NewFloat(1), sum)
}

// bigLog1p returns log(1 + s) = Σ_n (−1)ⁿ⁺¹ sⁿ/n for 0 ≤ s < 1.
func bigLog1p(s *big.Float, prec uint) *big.Float {
	sum := new(big.Float).SetPrec(prec)
	pow := new(big.Float).SetPrec(prec).SetInt64(1)
	eps := new(big.Float).SetPrec(prec).SetMantExp(big.NewFloat(1), -300)
	for n := int64(1); n < 100000; n++ {
		pow.Mul(pow, s)
		term := new(big.Float).SetPrec(prec).Quo(pow, new(big.Float).SetPrec(prec).SetInt64(n))
		if n%2 == 0 {
			sum.Sub(sum, term)
		} else {
			sum.Add(sum, term)
		}
		if term.Cmp(eps) < 0 {
			break
		}
	}
	return sum
}
