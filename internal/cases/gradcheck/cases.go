// Package gradcheck holds the graded tests of exercises/gradcheck.
package gradcheck

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gomlp.dev/internal/grading"
)

// Impl is the functions a student writes.
type Impl struct {
	CentralDiff func(f func(w []float64) float64, w []float64, h float64) []float64
	RelError    func(a, b []float64) float64
}

// Run runs the graded tests in this process: impl against the reference ref.
func Run(t *testing.T, impl, ref Impl) { grading.Run(t, Suite, impl, ref) }

// Suite is the exercise's graded tests, in the points table's order.
var Suite = grading.Suite[Impl]{Exercise: "gradcheck", Tests: []grading.Test[Impl]{
	grading.New("CentralDiff_quadratic", quadPlan, askDiff, judgeQuad),
	grading.New("CentralDiff_keeps_w", keepsPlan, askDiff, judgeKeeps),
	grading.New("CentralDiff_order_h2", sinPlan, askDiff, judgeSin),
	grading.New("RelError_hand", relPlan, askRel, judgeRel),
	grading.New("RelError_zero", zeroPlan, askRel, judgeZero),
}}

// diffCall is CentralDiff(f, w, h) for f(w) = ½wᵀAw + cᵀw (Sin false) or
// f(w) = Σⱼ sin wⱼ (Sin true).
type diffCall struct {
	A    grading.Matrix // symmetric
	C, W []float64
	H    float64
	Sin  bool
}

func (c diffCall) String() string {
	f := "½wᵀAw + cᵀw"
	if c.Sin {
		f = "Σ sin wⱼ"
	}
	return fmt.Sprintf("CentralDiff(f = %s, w = %s, h = %s)", f, grading.V(c.W), grading.F(c.H))
}

func (c diffCall) f(w []float64) float64 {
	if len(w) != len(c.W) {
		panic(fmt.Sprintf("f was called with %d weights, w has %d", len(w), len(c.W)))
	}
	s := 0.0
	for i := range w {
		if c.Sin {
			s += math.Sin(w[i])
			continue
		}
		s += c.C[i] * w[i]
		for j := range w {
			s += 0.5 * w[i] * c.A.At(i, j) * w[j]
		}
	}
	return s
}

// gradient is the exact gradient: Aw + c, or (cos wⱼ).
func (c diffCall) gradient() []float64 {
	g := make([]float64, len(c.W))
	for i := range g {
		if c.Sin {
			g[i] = math.Cos(c.W[i])
			continue
		}
		g[i] = c.C[i]
		for j := range c.W {
			g[i] += c.A.At(i, j) * c.W[j]
		}
	}
	return g
}

// diff is CentralDiff's answer, with w after the call.
type diff struct{ G, WAfter []float64 }

func askDiff(impl Impl, c diffCall) diff {
	w := grading.Clone(c.W)
	g := impl.CentralDiff(c.f, w, c.H)
	return diff{grading.Clone(g), w}
}

func randomQuad(r *rand.Rand) diffCall {
	d := 1 + r.IntN(4)
	A := grading.Matrix{R: d, C: d, Data: make([]float64, d*d)}
	for i := range d {
		for j := i; j < d; j++ {
			v := grading.Uniform(r, -2, 2)
			A.Data[i*d+j], A.Data[j*d+i] = v, v
		}
	}
	return diffCall{A: A, C: grading.Uniforms(r, d, -2, 2), W: grading.Uniforms(r, d, -2, 2), H: []float64{1e-2, 1e-3, 1e-4}[r.IntN(3)]}
}

func quadPlan(r *rand.Rand) []diffCall {
	// f = w₀² + 3w₀w₁ − w₁² = ½wᵀ((2,3),(3,−2))w: ∇f(1,2) = (2·1 + 3·2, 3·1 − 2·2) = (8, −1)
	calls := []diffCall{{A: grading.Matrix{R: 2, C: 2, Data: []float64{2, 3, 3, -2}}, C: []float64{0, 0}, W: []float64{1, 2}, H: 1e-3}}
	for range 10 {
		calls = append(calls, randomQuad(r))
	}
	return calls
}

// judgeQuad: central differences are exact for a quadratic, up to rounding
// (about 1e-16·|f|/h).
func judgeQuad(v *grading.Verdict, calls []diffCall, got, want []diff) {
	for i, c := range calls {
		v.Vec(c.String(), got[i].G, c.gradient(), 1e-8)
	}
}

func keepsPlan(r *rand.Rand) []diffCall {
	return []diffCall{randomQuad(r), randomQuad(r), {W: []float64{0.5, -1.25, 3}, H: 1e-4, Sin: true}}
}

func judgeKeeps(v *grading.Verdict, calls []diffCall, got, want []diff) {
	for i, c := range calls {
		if len(got[i].WAfter) != len(c.W) {
			v.Errorf("%s left w with %d entries, want %d", c, len(got[i].WAfter), len(c.W))
			continue
		}
		for j := range c.W {
			if math.Float64bits(got[i].WAfter[j]) != math.Float64bits(c.W[j]) {
				v.Errorf("%s left w = %s, want %s restored exactly (put back the old value, do not add h back)", c, grading.V(got[i].WAfter), grading.V(c.W))
				break
			}
		}
		v.Vec(c.String(), got[i].G, c.gradient(), 1e-6) // and the gradient is right
	}
}

func sinPlan(r *rand.Rand) []diffCall {
	calls := []diffCall{{W: []float64{1}, H: 1e-2, Sin: true}, {W: []float64{1}, H: 1e-3, Sin: true}}
	for range 4 {
		calls = append(calls, diffCall{W: grading.Uniforms(r, 1+r.IntN(3), 0.3, 2.8), H: []float64{1e-2, 1e-3}[r.IntN(2)], Sin: true})
	}
	return calls
}

// judgeSin: the central difference's error is h²/6·|f‴| ≤ h²/6 for sin; a
// forward difference's is about h/2·|sin w|, far above h²/3.
func judgeSin(v *grading.Verdict, calls []diffCall, got, want []diff) {
	for i, c := range calls {
		if len(got[i].G) != len(c.W) {
			v.Errorf("%s returned %d components, want %d", c, len(got[i].G), len(c.W))
			continue
		}
		for j, g := range c.gradient() {
			if e := math.Abs(got[i].G[j] - g); !(e <= c.H*c.H/3) {
				v.Errorf("%s: component %d is off by %.3g > h²/3 = %.3g (central, not forward, differences?)", c, j, e, c.H*c.H/3)
			}
		}
	}
}

// relCall is RelError(a, b); Want is the hand value (NaN: none).
type relCall struct {
	A, B []float64
	Want float64
}

func (c relCall) String() string {
	return fmt.Sprintf("RelError(%s, %s)", grading.V(c.A), grading.V(c.B))
}

func askRel(impl Impl, c relCall) float64 {
	return impl.RelError(grading.Clone(c.A), grading.Clone(c.B))
}

// rel is the test's own ‖a − b‖ / (‖a‖ + ‖b‖), 0 for two zero vectors.
func rel(a, b []float64) float64 {
	var d, na, nb float64
	for i := range a {
		d += (a[i] - b[i]) * (a[i] - b[i])
		na += a[i] * a[i]
		nb += b[i] * b[i]
	}
	if na+nb == 0 {
		return 0
	}
	return math.Sqrt(d) / (math.Sqrt(na) + math.Sqrt(nb))
}

func relPlan(r *rand.Rand) []relCall {
	calls := []relCall{
		// ‖(3,4) − (0,0)‖ / (5 + 0) = 1; ‖(1,0) − (0,1)‖ / (1 + 1) = √2/2
		{[]float64{3, 4}, []float64{0, 0}, 1},
		{[]float64{1, 0}, []float64{0, 1}, math.Sqrt2 / 2},
		{[]float64{2, 2}, []float64{2, 2}, 0},
		{[]float64{1, 2, 3}, []float64{1, 2, 3.003}, 0.003 / (math.Sqrt(14) + math.Sqrt(1+4+3.003*3.003))},
	}
	for range 12 {
		n := 1 + r.IntN(6)
		a := grading.Uniforms(r, n, -3, 3)
		b := grading.Clone(a)
		for i := range b {
			b[i] += grading.Uniform(r, -1, 1) * math.Pow(10, -float64(r.IntN(8)))
		}
		calls = append(calls, relCall{a, b, math.NaN()})
	}
	return calls
}

func judgeRel(v *grading.Verdict, calls []relCall, got, want []float64) {
	for i, c := range calls {
		w := c.Want
		if math.IsNaN(w) {
			w = rel(c.A, c.B)
		}
		// relative: a relative error of 1e-8 must be right in its own digits
		if !(math.Abs(got[i]-w) <= 1e-9*w+1e-15) {
			v.Errorf("%s = %s, want %s", c, grading.F(got[i]), grading.F(w))
		}
	}
}

func zeroPlan(r *rand.Rand) []relCall {
	n := 1 + r.IntN(5)
	return []relCall{
		{[]float64{0, 0}, []float64{0, 0}, 0},
		{make([]float64, n), make([]float64, n), 0},
		{[]float64{3, 4}, []float64{0, 0}, 1}, // and a right value that is not 0
	}
}

func judgeZero(v *grading.Verdict, calls []relCall, got, want []float64) {
	for i, c := range calls {
		if !(got[i] == c.Want) {
			v.Errorf("%s = %s, want %s (two zero gradients agree: 0, not NaN)", c, grading.F(got[i]), grading.F(c.Want))
		}
	}
}
