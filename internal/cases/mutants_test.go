// Package cases_test shows that the graded tests can fail: for every
// function of every exercise, a mutant that returns NaN and one that does
// nothing must lose points, and so must each typical mistake below; a
// mistake in one part of an answer must not cost the points of another.
package cases_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"gomlp.dev/internal/cases/backprop"
	"gomlp.dev/internal/cases/bump"
	"gomlp.dev/internal/cases/dense"
	"gomlp.dev/internal/cases/gates"
	"gomlp.dev/internal/cases/gd"
	"gomlp.dev/internal/cases/gradcheck"
	"gomlp.dev/internal/cases/gradnorms"
	"gomlp.dev/internal/cases/minibatch"
	"gomlp.dev/internal/cases/mse"
	"gomlp.dev/internal/cases/perceptron"
	"gomlp.dev/internal/cases/sigmoid"
	"gomlp.dev/internal/cases/softmax"
	"gomlp.dev/internal/cases/threshold"
	"gomlp.dev/internal/cases/xor"
	"gomlp.dev/internal/grading"
	sbackprop "gomlp.dev/solutions/backprop"
	sbump "gomlp.dev/solutions/bump"
	sdense "gomlp.dev/solutions/dense"
	sgates "gomlp.dev/solutions/gates"
	sgd "gomlp.dev/solutions/gd"
	sgradcheck "gomlp.dev/solutions/gradcheck"
	sgradnorms "gomlp.dev/solutions/gradnorms"
	sminibatch "gomlp.dev/solutions/minibatch"
	smse "gomlp.dev/solutions/mse"
	sperceptron "gomlp.dev/solutions/perceptron"
	ssigmoid "gomlp.dev/solutions/sigmoid"
	ssoftmax "gomlp.dev/solutions/softmax"
	sthreshold "gomlp.dev/solutions/threshold"
	sxor "gomlp.dev/solutions/xor"
	"gonum.org/v1/gonum/mat"
)

// seeds: each mutant must lose points under every one of them.
var seeds = []uint64{1, 2, 3}

// score grades impl against the reference ref with one seed: the points
// and the tests that failed.
func score[I any](t *testing.T, s grading.Suite[I], impl, ref I, seed uint64) (int, []string) {
	t.Helper()
	ex, _ := grading.Lookup(s.Exercise)
	points, failed := 0, []string(nil)
	for _, p := range ex.Tests {
		out := grading.Local(s, p.Test, seed, impl, ref, 10*time.Second)
		switch out.Status {
		case grading.StatusPass:
			points += p.Points
		case grading.StatusFault:
			t.Fatalf("%s/%s: %s", s.Exercise, p.Test, out.Message)
		default:
			failed = append(failed, p.Test)
		}
	}
	return points, failed
}

// mutants checks the reference scores full marks, then that replacing each
// function by one returning NaN, and by one doing nothing, loses points.
func mutants[I any](t *testing.T, s grading.Suite[I], ref I) {
	t.Run(s.Exercise, func(t *testing.T) {
		ex, _ := grading.Lookup(s.Exercise)
		for _, seed := range seeds {
			if got, failed := score(t, s, ref, ref, seed); got != ex.Total() {
				t.Fatalf("the reference scores %d/%d (seed %d; failed %v)", got, ex.Total(), seed, failed)
			}
		}
		for _, fn := range s.Functions() {
			for _, kind := range []string{"returns NaN", "does nothing"} {
				m := mutate(ref, fn, kind)
				for _, seed := range seeds {
					got, failed := score(t, s, m, ref, seed)
					if got >= ex.Total() {
						t.Errorf("%s that %s scores %d/%d (seed %d)", fn, kind, got, ex.Total(), seed)
					} else if seed == seeds[0] {
						t.Logf("%s that %s: %d/%d, fails %v", fn, kind, got, ex.Total(), failed)
					}
				}
			}
		}
	})
}

// mutate returns ref with the function fn replaced: "returns NaN" calls the
// reference and turns every number of its results into NaN (or, for results
// without a float, every int into −1); "does nothing" returns zero values (a
// returned function answers 0).
func mutate[I any](ref I, fn, kind string) I {
	v := reflect.ValueOf(&ref).Elem()
	f := v.FieldByName(fn)
	orig := reflect.ValueOf(f.Interface())
	f.Set(reflect.MakeFunc(f.Type(), func(args []reflect.Value) []reflect.Value {
		out := make([]reflect.Value, f.Type().NumOut())
		if kind == "does nothing" {
			for i := range out {
				out[i] = zero(f.Type().Out(i))
			}
			return out
		}
		res := orig.Call(args)
		floats := false
		for _, r := range res {
			floats = floats || hasFloat(r.Type())
		}
		for i, r := range res {
			out[i] = poison(r, floats)
		}
		return out
	}))
	return ref
}

func zero(t reflect.Type) reflect.Value {
	if t.Kind() == reflect.Func {
		return reflect.MakeFunc(t, func([]reflect.Value) []reflect.Value {
			out := make([]reflect.Value, t.NumOut())
			for i := range out {
				out[i] = reflect.Zero(t.Out(i))
			}
			return out
		})
	}
	return reflect.Zero(t)
}

func hasFloat(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Float64, reflect.Func:
		return true
	case reflect.Slice, reflect.Pointer:
		return t == reflect.TypeFor[*mat.Dense]() || t == reflect.TypeFor[*mat.VecDense]() || hasFloat(t.Elem())
	}
	return false
}

// poison turns the numbers of a result into NaN (ints into −1 when ints is
// all there is).
func poison(v reflect.Value, floats bool) reflect.Value {
	switch x := v.Interface().(type) {
	case float64:
		return reflect.ValueOf(math.NaN())
	case int:
		if floats {
			return v
		}
		return reflect.ValueOf(-1)
	case *mat.Dense:
		if x == nil {
			return v
		}
		r, c := x.Dims()
		d := mat.NewDense(r, c, nil)
		d.Apply(func(int, int, float64) float64 { return math.NaN() }, d)
		return reflect.ValueOf(d)
	case *mat.VecDense:
		if x == nil {
			return v
		}
		d := mat.NewVecDense(x.Len(), nil)
		for i := range x.Len() {
			d.SetVec(i, math.NaN())
		}
		return reflect.ValueOf(d)
	case error:
		return v
	case func(float64) float64:
		return reflect.ValueOf(func(float64) float64 { return math.NaN() })
	}
	if v.Kind() == reflect.Slice && !v.IsNil() {
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := range v.Len() {
			out.Index(i).Set(poison(v.Index(i), floats))
		}
		return out
	}
	return v
}

func TestEveryFunctionsMutantsLosePoints(t *testing.T) {
	mutants(t, threshold.Suite, threshold.Impl{Z: sthreshold.Z, Unit: sthreshold.Unit, BoundaryX2: sthreshold.BoundaryX2})
	mutants(t, gates.Suite, gates.Impl{AND: sgates.AND, OR: sgates.OR, NAND: sgates.NAND, NOR: sgates.NOR, NOT: sgates.NOT})
	mutants(t, perceptron.Suite, perceptron.Impl{Update: sperceptron.Update, Epoch: sperceptron.Epoch})
	mutants(t, mse.Suite, mse.Impl{ECM: smse.ECM, Gradient: smse.Gradient})
	mutants(t, sigmoid.Suite, sigmoid.Impl{Sigmoid: ssigmoid.Sigmoid, ECB: ssigmoid.ECB, GradZ: ssigmoid.GradZ})
	mutants(t, softmax.Suite, softmax.Impl{Softmax: ssoftmax.Softmax, ECC: ssoftmax.ECC, GradZ: ssoftmax.GradZ})
	mutants(t, gd.Suite, gd.Impl{Step: sgd.Step, Descend: sgd.Descend})
	mutants(t, minibatch.Suite, minibatch.Impl{Shuffle: sminibatch.Shuffle, Batches: sminibatch.Batches})
	mutants(t, xor.Suite, xor.Impl{Weights: sxor.Weights, XOR: sxor.XOR})
	mutants(t, dense.Suite, dense.Impl{Layer: sdense.Layer, Forward: sdense.Forward})
	mutants(t, backprop.Suite, backprop.Impl{Backward: sbackprop.Backward})
	mutants(t, gradcheck.Suite, gradcheck.Impl{CentralDiff: sgradcheck.CentralDiff, RelError: sgradcheck.RelError})
	mutants(t, gradnorms.Suite, gradnorms.Impl{Norms: sgradnorms.Norms, Speeds: sgradnorms.Speeds})
	mutants(t, bump.Suite, bump.Impl{Bump: sbump.Bump, Approx: sbump.Approx})
}

// mistake checks that a wrong implementation fails exactly the tests named
// (under every seed): it loses those points and keeps the others.
func mistake[I any](t *testing.T, what string, s grading.Suite[I], impl, ref I, fails ...string) {
	t.Helper()
	for _, seed := range seeds {
		_, failed := score(t, s, impl, ref, seed)
		if !slices.Equal(failed, fails) {
			t.Errorf("%s (seed %d) fails %v, want %v", what, seed, failed, fails)
		}
	}
}

func TestTypicalMistakesLoseTheirPoints(t *testing.T) {
	th := threshold.Impl{Z: sthreshold.Z, Unit: sthreshold.Unit, BoundaryX2: sthreshold.BoundaryX2}
	strict := th
	strict.Unit = func(w []float64, b float64, x []float64) float64 { // z > 0 instead of z ≥ 0
		if sthreshold.Z(w, b, x) > 0 {
			return 1
		}
		return 0
	}
	mistake(t, "a step that fires for z > 0", threshold.Suite, strict, th, "Unit_at_zero")
	alwaysErr := th
	alwaysErr.BoundaryX2 = func([]float64, float64, float64) (float64, error) { return 0, fmt.Errorf("vertical") }
	mistake(t, "BoundaryX2 always an error", threshold.Suite, alwaysErr, th, "Boundary_line", "Boundary_vertical")

	g := gates.Impl{AND: sgates.AND, OR: sgates.OR, NAND: sgates.NAND, NOR: sgates.NOR, NOT: sgates.NOT}
	wrong := g
	wrong.AND = sgates.OR
	mistake(t, "AND with OR's weights", gates.Suite, wrong, g, "AND")

	m := mse.Impl{ECM: smse.ECM, Gradient: smse.Gradient}
	sum := m
	sum.ECM = func(yhat, y []float64) float64 { return smse.ECM(yhat, y) * float64(len(y)) } // ½Σ without 1/N
	mistake(t, "ECM without 1/N", mse.Suite, sum, m, "ECM_hand", "ECM_is_a_mean")

	sg := sigmoid.Impl{Sigmoid: ssigmoid.Sigmoid, ECB: ssigmoid.ECB, GradZ: ssigmoid.GradZ}
	noMean := sg
	noMean.GradZ = func(z, y []float64) []float64 {
		g := ssigmoid.GradZ(z, y)
		for i := range g {
			g[i] *= float64(len(z))
		}
		return g
	}
	mistake(t, "∂ECB/∂z without 1/N", sigmoid.Suite, noMean, sg, "GradZ_central_differences")
	overflow := sg
	overflow.Sigmoid = func(z float64) float64 { return math.Exp(z) / (1 + math.Exp(z)) }
	mistake(t, "σ = eᶻ/(1 + eᶻ), NaN at z = 1000", sigmoid.Suite, overflow, sg, "Sigmoid_extremes")

	sm := softmax.Impl{Softmax: ssoftmax.Softmax, ECC: ssoftmax.ECC, GradZ: ssoftmax.GradZ}
	shifted := func(pick func(a, b float64) float64) func([]float64) []float64 {
		return func(z []float64) []float64 {
			m := z[0]
			for _, v := range z {
				m = pick(m, v)
			}
			out, s := make([]float64, len(z)), 0.0
			for j, v := range z {
				out[j] = math.Exp(v - m)
				s += out[j]
			}
			for j := range out {
				out[j] /= s
			}
			return out
		}
	}
	naive, minus := sm, sm
	naive.Softmax = shifted(func(a, b float64) float64 { return 0 })
	minus.Softmax = shifted(math.Min)
	mistake(t, "softmax without a shift", softmax.Suite, naive, sm, "Softmax_stable")
	mistake(t, "softmax that subtracts the minimum", softmax.Suite, minus, sm, "Softmax_stable")
	zlog := sm
	zlog.ECC = func(P, Y [][]float64) float64 { // Σ y·log p over every class: 0·log 0 = NaN
		s := 0.0
		for i := range Y {
			for k := range Y[i] {
				s += Y[i][k] * math.Log(P[i][k])
			}
		}
		return -s / float64(len(Y))
	}
	mistake(t, "ECC computing 0·log 0", softmax.Suite, zlog, sm, "ECC_hand")

	d := gd.Impl{Step: sgd.Step, Descend: sgd.Descend}
	twoD := d
	twoD.Descend = func(grad func([]float64) []float64, w0 []float64, alpha float64, steps int) [][]float64 {
		path := [][]float64{{w0[0], w0[1]}}
		for range steps {
			w := path[len(path)-1]
			g := grad(w)
			path = append(path, []float64{w[0] - alpha*g[0], w[1] - alpha*g[1]})
		}
		return path
	}
	mistake(t, "a gradient descent written for 2-D only", gd.Suite, twoD, d, "Descend_quadratic", "Descend_path_length")
	inPlace := d
	inPlace.Step = func(w, grad []float64, alpha float64) []float64 {
		for i := range w {
			w[i] -= alpha * grad[i]
		}
		return w
	}
	mistake(t, "a step that changes w in place", gd.Suite, inPlace, d, "Step_keeps_inputs")

	mb := minibatch.Impl{Shuffle: sminibatch.Shuffle, Batches: sminibatch.Batches}
	biased := mb
	biased.Shuffle = func(n int, seed uint64) []int { // swaps each i with any j: not uniform
		r := rand.New(rand.NewPCG(seed, seed))
		idx := make([]int, n)
		for i := range idx {
			idx[i] = i
		}
		for i := range idx {
			j := r.IntN(n)
			idx[i], idx[j] = idx[j], idx[i]
		}
		return idx
	}
	mistake(t, "a biased shuffle", minibatch.Suite, biased, mb, "Shuffle_seeded")

	bp := backprop.Impl{Backward: sbackprop.Backward}
	transposed, noBias := bp, bp
	transposed.Backward = func(Ws []*mat.Dense, bs []*mat.VecDense, X, Y *mat.Dense) ([]*mat.Dense, []*mat.Dense, []*mat.VecDense, error) {
		d, gW, gb, err := sbackprop.Backward(Ws, bs, X, Y)
		for l := range gW {
			gW[l] = mat.DenseCopyOf(gW[l].T())
		}
		return d, gW, gb, err
	}
	noBias.Backward = func(Ws []*mat.Dense, bs []*mat.VecDense, X, Y *mat.Dense) ([]*mat.Dense, []*mat.Dense, []*mat.VecDense, error) {
		d, gW, _, err := sbackprop.Backward(Ws, bs, X, Y)
		return d, gW, nil, err
	}
	mistake(t, "∂W transposed", backprop.Suite, transposed, bp, "Gradient_W")
	mistake(t, "no ∂b", backprop.Suite, noBias, bp, "Gradient_b")

	gc := gradcheck.Impl{CentralDiff: sgradcheck.CentralDiff, RelError: sgradcheck.RelError}
	fwd := gc
	fwd.CentralDiff = func(f func([]float64) float64, w []float64, h float64) []float64 {
		g, f0 := make([]float64, len(w)), f(w)
		for j := range w {
			old := w[j]
			w[j] = old + h
			g[j] = (f(w) - f0) / h
			w[j] = old
		}
		return g
	}
	mistake(t, "forward differences", gradcheck.Suite, fwd, gc, "CentralDiff_quadratic", "CentralDiff_keeps_w", "CentralDiff_order_h2")

	bu := bump.Impl{Bump: sbump.Bump, Approx: sbump.Approx}
	leftEnds := bu
	leftEnds.Approx = func(f func(float64) float64, lo, hi float64, n int, k float64) func(float64) float64 {
		w := (hi - lo) / float64(n)
		return func(x float64) float64 {
			s := 0.0
			for i := range n {
				s += sbump.Bump(x, lo+float64(i)*w, lo+float64(i+1)*w, f(lo+float64(i)*w), k)
			}
			return s
		}
	}
	mistake(t, "bump heights at the left ends", bump.Suite, leftEnds, bu, "Approx_sine")
}

// TestMessagesNameTheCall: a failure says which call and what was wrong, a
// panic where in the student's code.
func TestMessagesNameTheCall(t *testing.T) {
	th := threshold.Impl{Z: sthreshold.Z, Unit: sthreshold.Unit, BoundaryX2: sthreshold.BoundaryX2}
	bad := th
	bad.Z = func(w []float64, b float64, x []float64) float64 { return w[len(w)] } // index out of range
	out := grading.Local(threshold.Suite, "Z_hand", 1, bad, th, time.Second)
	if out.Status != grading.StatusError || !strings.Contains(out.Message, "Z((0.5, −1, 2), −0.5, (2, 0.5, 1)) panicked: runtime error: index out of range [3] with length 3") {
		t.Errorf("panic: %+v", out)
	}
	bad.Z = func(w []float64, b float64, x []float64) float64 { return sthreshold.Z(w, b, x) + 1 }
	out = grading.Local(threshold.Suite, "Z_hand", 1, bad, th, time.Second)
	if out.Status != grading.StatusFail || !strings.HasPrefix(out.Message, "Z((0.5, −1, 2), −0.5, (2, 0.5, 1)) = 3, want 2 (tolerance 1e-12) (and ") {
		t.Errorf("wrong value: %+v", out)
	}
}

// TestOtherRightAnswersPass: correct implementations written another way
// (other order of additions, the textbook σ, softmax through log-sum-exp)
// score full marks under many seeds: the tolerances accept any right order
// of float operations.
func TestOtherRightAnswersPass(t *testing.T) {
	seedsMany := make([]uint64, 20)
	for i := range seedsMany {
		seedsMany[i] = uint64(100 + i)
	}
	full := func(name string, got int, failed []string, max int) {
		t.Helper()
		if got != max {
			t.Errorf("%s scores %d/%d (failed %v)", name, got, max, failed)
		}
	}
	reverseZ := func(w []float64, b float64, x []float64) float64 {
		z := 0.0
		for i := len(w) - 1; i >= 0; i-- {
			z += x[i] * w[i]
		}
		return z + b
	}
	th := threshold.Impl{Z: reverseZ, Unit: func(w []float64, b float64, x []float64) float64 {
		if reverseZ(w, b, x) >= 0 {
			return 1
		}
		return 0
	}, BoundaryX2: func(w []float64, b, x1 float64) (float64, error) {
		if w[1] == 0 {
			return 0, fmt.Errorf("vertical")
		}
		return (-b - w[0]*x1) / w[1], nil
	}}
	ref := threshold.Impl{Z: sthreshold.Z, Unit: sthreshold.Unit, BoundaryX2: sthreshold.BoundaryX2}
	textbook := func(z float64) float64 { return 1 / (1 + math.Exp(-z)) }
	sg := sigmoid.Impl{Sigmoid: textbook, ECB: func(p, y []float64) float64 {
		s := 0.0
		for i := len(p) - 1; i >= 0; i-- {
			if y[i] == 1 {
				s -= math.Log(p[i])
			} else {
				s -= math.Log1p(-p[i])
			}
		}
		return s / float64(len(p))
	}, GradZ: func(z, y []float64) []float64 {
		g := make([]float64, len(z))
		for i := range z {
			g[i] = (textbook(z[i]) - y[i]) / float64(len(z))
		}
		return g
	}}
	sgRef := sigmoid.Impl{Sigmoid: ssigmoid.Sigmoid, ECB: ssigmoid.ECB, GradZ: ssigmoid.GradZ}
	lse := func(z []float64) []float64 { // e^(z − log Σ e^z), the log-sum-exp way
		m := z[0]
		for _, v := range z {
			m = math.Max(m, v)
		}
		s := 0.0
		for _, v := range z {
			s += math.Exp(v - m)
		}
		l := m + math.Log(s)
		out := make([]float64, len(z))
		for j, v := range z {
			out[j] = math.Exp(v - l)
		}
		return out
	}
	sm := softmax.Impl{Softmax: lse, ECC: ssoftmax.ECC, GradZ: ssoftmax.GradZ}
	smRef := softmax.Impl{Softmax: ssoftmax.Softmax, ECC: ssoftmax.ECC, GradZ: ssoftmax.GradZ}
	bu := bump.Impl{Bump: func(x, left, right, height, k float64) float64 {
		return height*textbook(k*(x-left)) - height*textbook(k*(x-right))
	}, Approx: sbump.Approx}
	buRef := bump.Impl{Bump: sbump.Bump, Approx: sbump.Approx}
	gdImpl := gd.Impl{Step: func(w, grad []float64, alpha float64) []float64 {
		out := make([]float64, len(w))
		for i := range w {
			out[i] = w[i] + (-alpha)*grad[i]
		}
		return out
	}, Descend: sgd.Descend}
	gdRef := gd.Impl{Step: sgd.Step, Descend: sgd.Descend}
	ms := mse.Impl{ECM: func(yhat, y []float64) float64 { // the mean of the squares, halved
		m := 0.0
		for i := range y {
			m += (y[i] - yhat[i]) * (y[i] - yhat[i]) / float64(len(y))
		}
		return m / 2
	}, Gradient: smse.Gradient}
	msRef := mse.Impl{ECM: smse.ECM, Gradient: smse.Gradient}
	de := dense.Impl{Layer: func(W *mat.Dense, b *mat.VecDense, A *mat.Dense) *mat.Dense { // loops, bias first
		n, _ := A.Dims()
		r, c := W.Dims()
		Z := mat.NewDense(n, r, nil)
		for i := range n {
			for j := range r {
				z := b.AtVec(j)
				for k := c - 1; k >= 0; k-- {
					z += A.At(i, k) * W.At(j, k)
				}
				Z.Set(i, j, z)
			}
		}
		return Z
	}, Forward: sdense.Forward}
	deRef := dense.Impl{Layer: sdense.Layer, Forward: sdense.Forward}
	for _, seed := range seedsMany {
		got, failed := score(t, mse.Suite, ms, msRef, seed)
		full("ECM as the mean of the squares, halved", got, failed, 8)
		got, failed = score(t, dense.Suite, de, deRef, seed)
		full("Layer with loops", got, failed, 8)
		got, failed = score(t, threshold.Suite, th, ref, seed)
		full("threshold summed backwards", got, failed, 10)
		got, failed = score(t, sigmoid.Suite, sg, sgRef, seed)
		full("the textbook σ, ECB by cases", got, failed, 8)
		got, failed = score(t, softmax.Suite, sm, smRef, seed)
		full("softmax through log-sum-exp", got, failed, 9)
		got, failed = score(t, bump.Suite, bu, buRef, seed)
		full("a bump as hσ − hσ", got, failed, 8)
		got, failed = score(t, gd.Suite, gdImpl, gdRef, seed)
		full("a step as w + (−α)g", got, failed, 7)
	}
}
