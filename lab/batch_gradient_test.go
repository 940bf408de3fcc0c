package lab

import (
	"math"
	"testing"

	"gomlp.dev/mlp"
)

// TestBatchGradientsFullBatch: with B = N every "mini-batch" holds all the
// examples (in some order), so each estimate is the full gradient and the
// spread is 0 up to rounding.
func TestBatchGradientsFullBatch(t *testing.T) {
	d := thetaData(12, 2, 1, 7)
	net := mlp.NewNetwork(mlp.Spec{Sizes: []int{2, 1}, Output: mlp.Identity, Seed: 8})
	full := net.Gradient(d.X, d.Y)
	gs := BatchGradients(net, d, 12, 5, 9)
	mean, spread := GradientSpread(gs, full)
	if spread > 1e-15 {
		t.Errorf("spread at B = N: got %v, want 0", spread)
	}
	for j := range full {
		if math.Abs(mean[j]-full[j]) > 1e-15 {
			t.Errorf("mean θ%d: got %v, want %v", j, mean[j], full[j])
		}
	}
}

// TestBatchGradientsSpreadLaw: mini-batch gradients are unbiased (their mean
// over many batches is the full gradient within a few standard errors) and
// their spread follows spread² = (s²/B)(N − B)/(N − 1), where s is the
// spread of the N one-example gradients, taken once each.
func TestBatchGradientsSpreadLaw(t *testing.T) {
	d := thetaData(40, 2, 1, 10)
	net := mlp.NewNetwork(mlp.Spec{Sizes: []int{2, 1}, Output: mlp.Sigmoid, Loss: mlp.BinaryCrossEntropy, Seed: 11})
	full := net.Gradient(d.X, d.Y)
	var each [][]float64
	for i := range 40 {
		each = append(each, net.Gradient(d.X.Slice(i, i+1, 0, 2), d.Y.Slice(i, i+1, 0, 1)))
	}
	_, s := GradientSpread(each, full)
	if es := ExampleSpread(net, d); math.Abs(es-s) > 1e-15 {
		t.Errorf("ExampleSpread: got %v, want %v", es, s)
	}
	sq := 0.0 // s² = (1/N) Σᵢ ‖∇ℓ⁽ⁱ⁾ − ∇L‖², written out
	for _, g := range each {
		for j := range g {
			sq += (g[j] - full[j]) * (g[j] - full[j]) / 40
		}
	}
	if math.Abs(s-math.Sqrt(sq)) > 1e-14 {
		t.Errorf("s: GradientSpread %v, by hand %v", s, math.Sqrt(sq))
	}
	const count = 20000
	for _, B := range []int{1, 4, 10, 30} {
		gs := BatchGradients(net, d, B, count, uint64(B))
		mean, spread := GradientSpread(gs, full)
		if bs := BatchSpread(net, d, B, count, uint64(B)); bs != spread {
			t.Errorf("B = %d: BatchSpread %v, want %v (same draws)", B, bs, spread)
		}
		want := s * math.Sqrt(float64(40-B)/float64(39)/float64(B))
		if math.Abs(spread-want) > 0.03*want {
			t.Errorf("B = %d: spread %v, want %v (within 3%%)", B, spread, want)
		}
		for j := range full { // each coordinate's standard error is at most spread/√count
			if math.Abs(mean[j]-full[j]) > 4*spread/math.Sqrt(count) {
				t.Errorf("B = %d: mean θ%d = %v, full gradient %v", B, j, mean[j], full[j])
			}
		}
	}
}

// TestBatchGradientsBadInput: B out of 1…N, no batches, mismatched vectors,
// NaN, overflow and sizes past MaxGradientValues panic with a lab: message.
func TestBatchGradientsBadInput(t *testing.T) {
	d := thetaData(5, 2, 1, 1)
	net := mlp.NewNetwork(mlp.Spec{Sizes: []int{2, 1}, Seed: 1}) // P = 3 parameters
	nan, inf := math.NaN(), math.Inf(1)
	for _, c := range []struct {
		name string
		call func()
		want string
	}{
		{"B = 0", func() { BatchGradients(net, d, 0, 1, 1) }, "BatchGradients: batch size B = 0 for N = 5 examples"},
		{"B > N", func() { BatchGradients(net, d, 6, 1, 1) }, "B = 6"},
		{"no batches", func() { BatchGradients(net, d, 2, 0, 1) }, "0 mini-batches"},
		{"nil network", func() { BatchGradients(nil, d, 2, 1, 1) }, "BatchGradients: nil network"},
		{"no Y", func() { ExampleSpread(net, &mlp.Dataset{X: d.X}) }, "ExampleSpread: a data set without X or Y"},
		{"BatchSpread with B > N", func() { BatchSpread(net, d, 6, 1, 1) }, "B = 6"},
		{"count·P over MaxGradientValues", func() { BatchGradients(net, d, 2, 1e9, 1) },
			"1000000000 mini-batches (count) of a network of 3 parameters would keep 3e+09 numbers, more than lab.MaxGradientValues = 67108864: use at most 22369621"},
		{"BatchSpread: count·P over MaxGradientValues", func() { BatchSpread(net, d, 2, 1e9, 1) }, "more than lab.MaxGradientValues"},
		{"GradientSpread of no gradients", func() { GradientSpread(nil, []float64{1}) }, "GradientSpread of no gradients"},
		{"GradientSpread of mismatched lengths", func() { GradientSpread([][]float64{{1, 2}}, []float64{1}) }, "gradient 0 has 2 values, the full gradient 1"},
		{"GradientSpread of a NaN gradient", func() { GradientSpread([][]float64{{1, 2}, {3, nan}}, []float64{2, 2}) }, "gradient 1's value 1 is NaN"},
		{"GradientSpread against an Inf full gradient", func() { GradientSpread([][]float64{{1, 2}}, []float64{inf, 2}) }, "the full gradient's value 0 is +Inf"},
		{"GradientSpread overflowing", func() { GradientSpread([][]float64{{1e200}}, []float64{-1e200}) }, "the spread overflows float64"},
	} {
		wantPanic(t, c.name, c.call, "lab: ", c.want)
	}
}

// TestExampleSpreadLimit: N·P over MaxGradientValues panics before any
// gradient is kept (60 000 examples of a network of 3·2²⁰ parameters would
// keep 1.9e11 numbers); at the limit the check passes.
func TestExampleSpreadLimit(t *testing.T) {
	wide := mlp.NewNetwork(mlp.Spec{Sizes: []int{1, 1 << 20, 1}, Init: mlp.InitGlorot, Seed: 1})
	d := thetaData(60000, 1, 1, 1)
	wantPanic(t, "ExampleSpread", func() { ExampleSpread(wide, d) }, "lab: ",
		"60000 examples (N) of a network of 3145729 parameters would keep 1.89e+11 numbers, more than lab.MaxGradientValues")
	P := wide.NumParams()
	if msg := panicMessage(func() { mustGradientValues("f", wide, "examples (N)", MaxGradientValues/P) }); msg != "" {
		t.Errorf("gradients at the limit: %s", msg)
	}
	if msg := panicMessage(func() { mustGradientValues("f", wide, "examples (N)", MaxGradientValues/P+1) }); msg == "" {
		t.Error("gradients one past the limit: no panic")
	}
}
