// Package bump holds the graded tests of exercises/bump.
package bump

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gomlp.dev/internal/grading"
)

// Impl is the functions a student writes.
type Impl struct {
	Bump   func(x, left, right, height, k float64) float64
	Approx func(f func(float64) float64, lo, hi float64, n int, k float64) func(float64) float64
}

// Run runs the graded tests in this process: impl against the reference ref.
func Run(t *testing.T, impl, ref Impl) { grading.Run(t, Suite, impl, ref) }

// Suite is the exercise's graded tests, in the points table's order.
var Suite = grading.Suite[Impl]{Exercise: "bump", Tests: []grading.Test[Impl]{
	grading.New("Bump_hand", handPlan, askBump, judgeBump),
	grading.New("Bump_shape", shapePlan, askBump, judgeBump),
	grading.New("Approx_constant", constPlan, askApprox, judgeApprox),
	grading.New("Approx_sine", sinePlan, askApprox, judgeApprox),
}}

func sigma(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}

// bumpCall is Bump(x, left, right, height, k); Want is the expected value
// and Tol its tolerance.
type bumpCall struct {
	X, Left, Right, Height, K float64
	Want, Tol                 float64
}

func (c bumpCall) String() string {
	return fmt.Sprintf("Bump(%s, %s, %s, %s, %s)", grading.F(c.X), grading.F(c.Left), grading.F(c.Right), grading.F(c.Height), grading.F(c.K))
}

func askBump(impl Impl, c bumpCall) float64 { return impl.Bump(c.X, c.Left, c.Right, c.Height, c.K) }

// bump is the test's own h·(σ(k(x − left)) − σ(k(x − right))).
func bump(c bumpCall) float64 {
	return c.Height * (sigma(c.K*(c.X-c.Left)) - sigma(c.K*(c.X-c.Right)))
}

func handPlan(r *rand.Rand) []bumpCall {
	calls := []bumpCall{
		// 2·(σ(3·(0.5−0)) − σ(3·(0.5−1))) = 2·(σ(1.5) − σ(−1.5))
		{X: 0.5, Left: 0, Right: 1, Height: 2, K: 3, Want: 2 * (sigma(1.5) - sigma(-1.5)), Tol: 1e-14},
		{X: 2, Left: 0, Right: 1, Height: 1, K: 1, Want: sigma(2) - sigma(1), Tol: 1e-14},
	}
	for range 15 {
		left := grading.Uniform(r, -3, 3)
		c := bumpCall{X: grading.Uniform(r, -5, 5), Left: left, Right: left + grading.Uniform(r, 0.1, 3), Height: grading.Uniform(r, -3, 3), K: grading.Uniform(r, 0.5, 20), Tol: 1e-12}
		c.Want = bump(c)
		calls = append(calls, c)
	}
	return calls
}

// shapePlan: steep bumps are about h inside, about 0 outside, and stay finite
// far away.
func shapePlan(r *rand.Rand) []bumpCall {
	calls := []bumpCall{
		{X: 0.5, Left: 0, Right: 1, Height: 3, K: 200, Want: 3, Tol: 1e-9},
		{X: -0.5, Left: 0, Right: 1, Height: 3, K: 200, Want: 0, Tol: 1e-9},
		{X: 1.5, Left: 0, Right: 1, Height: 3, K: 200, Want: 0, Tol: 1e-9},
		{X: 1000, Left: 0, Right: 1, Height: 3, K: 200, Want: 0, Tol: 1e-9},
		{X: -1000, Left: 0, Right: 1, Height: 3, K: 200, Want: 0, Tol: 1e-9},
	}
	for range 5 {
		left := grading.Uniform(r, -3, 3)
		right := left + grading.Uniform(r, 0.5, 3)
		h := grading.Uniform(r, -3, 3)
		calls = append(calls,
			bumpCall{X: (left + right) / 2, Left: left, Right: right, Height: h, K: 500, Want: h, Tol: 1e-9},
			bumpCall{X: right + grading.Uniform(r, 0.2, 1e6), Left: left, Right: right, Height: h, K: 500, Want: 0, Tol: 1e-9})
	}
	return calls
}

func judgeBump(v *grading.Verdict, calls []bumpCall, got, want []float64) {
	for i, c := range calls {
		v.Close(c.String(), got[i], c.Want, c.Tol)
	}
}

// approxCall is Approx(f, lo, hi, n, k) evaluated at Xs; F names f.
type approxCall struct {
	F         string
	Lo, Hi, K float64
	N         int
	Xs        []float64
}

func (c approxCall) String() string {
	return fmt.Sprintf("Approx(%s, [%s, %s], %d bumps, k = %s)", c.F, grading.F(c.Lo), grading.F(c.Hi), c.N, grading.F(c.K))
}

var functions = map[string]func(float64) float64{
	"sin": math.Sin,
	"x²":  func(x float64) float64 { return x * x },
	"2":   func(float64) float64 { return 2 },
}

func askApprox(impl Impl, c approxCall) []float64 {
	g := impl.Approx(functions[c.F], c.Lo, c.Hi, c.N, c.K)
	out := make([]float64, len(c.Xs))
	for i, x := range c.Xs {
		out[i] = g(x)
	}
	return out
}

func constPlan(r *rand.Rand) []approxCall {
	return []approxCall{
		{F: "2", Lo: 0, Hi: 1, N: 10, K: 500, Xs: []float64{0.13, 0.5, 0.77}},
		{F: "2", Lo: -2, Hi: 3, N: 7, K: 500, Xs: grading.Uniforms(r, 5, -1.8, 2.8)},
	}
}

// middles are the middles of the n intervals of [lo, hi].
func middles(c approxCall) []float64 {
	w := (c.Hi - c.Lo) / float64(c.N)
	out := make([]float64, c.N)
	for i := range out {
		out[i] = c.Lo + (float64(i)+0.5)*w
	}
	return out
}

func sinePlan(r *rand.Rand) []approxCall {
	var xs []float64
	for x := 0.1; x < 2*math.Pi-0.1; x += 0.01 {
		xs = append(xs, x)
	}
	sq := approxCall{F: "x²", Lo: 0, Hi: 1, N: 4, K: 2000}
	sq.Xs = middles(sq)
	lo := grading.Uniform(r, -2, 0)
	sq2 := approxCall{F: "x²", Lo: lo, Hi: lo + grading.Uniform(r, 1, 3), N: 3 + r.IntN(5), K: 3000}
	sq2.Xs = middles(sq2)
	return []approxCall{{F: "sin", Lo: 0, Hi: 2 * math.Pi, N: 100, K: 2000, Xs: xs}, sq, sq2}
}

// judgeApprox: within 0.1 of f everywhere asked (sin with 100 bumps), and
// at the middle of each interval the bump's height is f there (1e-3).
func judgeApprox(v *grading.Verdict, calls []approxCall, got, want [][]float64) {
	for i, c := range calls {
		if len(got[i]) != len(c.Xs) {
			v.Errorf("%s: %d values for %d points", c, len(got[i]), len(c.Xs))
			continue
		}
		f := functions[c.F]
		tol := 1e-3
		switch {
		case c.F == "2":
			tol = 1e-6
		case c.F == "sin":
			tol = 0.1
		}
		worst, at := 0.0, 0.0
		for j, x := range c.Xs {
			if e := math.Abs(got[i][j] - f(x)); !(e <= worst) {
				worst, at = e, x
			}
		}
		if !(worst <= tol) {
			v.Errorf("%s is off by %.3g at x = %s, want within %g (each bump as high as f at the middle of its interval)", c, worst, grading.F(at), tol)
		}
	}
}
