package mlp

import (
	"math"
	"strings"
	"testing"
)

// TestBatchGradientsFullBatch: with B = N every "mini-batch" holds all the
// examples (in some order), so each estimate is the full gradient and the
// spread is 0 up to rounding.
func TestBatchGradientsFullBatch(t *testing.T) {
	d := thetaData(12, 2, 1, 7)
	net, _ := NewNetwork(Spec{Sizes: []int{2, 1}, Output: Identity, Seed: 8})
	full, _ := net.Gradient(d.X, d.Y)
	gs, err := net.BatchGradients(d, 12, 5, 9)
	if err != nil {
		t.Fatal(err)
	}
	mean, spread, err := GradientSpread(gs, full)
	if err != nil {
		t.Fatal(err)
	}
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
	net, _ := NewNetwork(Spec{Sizes: []int{2, 1}, Output: Sigmoid, Loss: BinaryCrossEntropy, Seed: 11})
	full, _ := net.Gradient(d.X, d.Y)
	var each [][]float64
	for i := range 40 {
		g, err := net.Gradient(d.X.Slice(i, i+1, 0, 2), d.Y.Slice(i, i+1, 0, 1))
		if err != nil {
			t.Fatal(err)
		}
		each = append(each, g)
	}
	_, s, _ := GradientSpread(each, full)
	if es, err := net.ExampleSpread(d); err != nil || math.Abs(es-s) > 1e-15 {
		t.Errorf("ExampleSpread: got %v, %v; want %v", es, err, s)
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
		gs, err := net.BatchGradients(d, B, count, uint64(B))
		if err != nil {
			t.Fatal(err)
		}
		mean, spread, _ := GradientSpread(gs, full)
		if bs, err := net.BatchSpread(d, B, count, uint64(B)); err != nil || bs != spread {
			t.Errorf("B = %d: BatchSpread %v, %v; want %v (same draws)", B, bs, err, spread)
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

// TestBatchGradientsBadInput: B out of 1…N, no batches, mismatched vectors.
func TestBatchGradientsBadInput(t *testing.T) {
	d := thetaData(5, 2, 1, 1)
	net, _ := NewNetwork(Spec{Sizes: []int{2, 1}, Seed: 1})
	for _, c := range []struct {
		B, count int
		want     string
	}{{0, 1, "B = 0"}, {6, 1, "B = 6"}, {2, 0, "0 mini-batches"}} {
		if _, err := net.BatchGradients(d, c.B, c.count, 1); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("B = %d, count = %d: got %v, want an error naming %q", c.B, c.count, err, c.want)
		}
	}
	if _, err := net.BatchSpread(d, 6, 1, 1); err == nil || !strings.Contains(err.Error(), "B = 6") {
		t.Errorf("BatchSpread with B = 6 > N: got %v, want an error naming B = 6", err)
	}
	if _, _, err := GradientSpread(nil, []float64{1}); err == nil {
		t.Error("GradientSpread of no gradients: got no error")
	}
	if _, _, err := GradientSpread([][]float64{{1, 2}}, []float64{1}); err == nil {
		t.Error("GradientSpread of mismatched lengths: got no error")
	}
}
