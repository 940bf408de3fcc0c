package mlp

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// deepSizes returns [1, 1, …, 1] with L layers.
func deepSizes(L int) []int {
	sizes := make([]int, L+1)
	for i := range sizes {
		sizes[i] = 1
	}
	return sizes
}

// TestStringLinear: String of a network of 30 000 layers is the one line
// of the doc comment, and building it allocates a few times its length.
// Before issue 18 String appended each layer's name to a growing string,
// copying it every time: 30 000 layers copied 3.6 GB (7.6 s). Bytes
// allocated, unlike seconds, do not depend on the machine's load.
func TestStringLinear(t *testing.T) {
	const L = 30000
	sizes := deepSizes(L)
	n := NewNetwork(Spec{Sizes: sizes, Seed: 1})
	// Hidden layers default to sigmoid, the output of the ECM to identity;
	// each layer has one weight and one bias.
	want := fmt.Sprint(sizes) + " " + strings.Repeat("sigmoid/", L-1) + "identity, loss mse, 60000 parameters"
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	got := n.String()
	runtime.ReadMemStats(&after)
	if got != want {
		t.Fatalf("String is %d bytes, want the %d of %q…", len(got), len(want), want[:80])
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 10*uint64(len(want)) {
		t.Errorf("String of %d layers allocated %d bytes, want at most 10 × its %d bytes (linear)", L, alloc, len(want))
	}
	small := NewNetwork(Spec{Sizes: []int{784, 30, 10}, Output: Sigmoid, Seed: 1})
	if got, want := small.String(), "[784 30 10] sigmoid/sigmoid, loss mse, 23860 parameters"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
}

// BenchmarkString30000Layers measures String on a network of 30 000 layers
// (7.6 s on the quadratic version of main before issue 18).
func BenchmarkString30000Layers(b *testing.B) {
	n := NewNetwork(Spec{Sizes: deepSizes(30000), Seed: 1})
	for b.Loop() {
		_ = n.String()
	}
}

// TestErrorMessagesShortenSizes: an error about a network of 30 000 layers
// names its sizes by their first and last entries and their count, not all
// 30 001 of them (before issue 18: messages of 60 kB to 2 MB).
func TestErrorMessagesShortenSizes(t *testing.T) {
	const L = 30000
	sizes := deepSizes(L)
	n := NewNetwork(Spec{Sizes: sizes, Seed: 1})
	badWidth := append([]int(nil), sizes...)
	badWidth[L/2] = 0
	var model bytes.Buffer
	fmt.Fprintf(&model, `{"format": "gomlp.dev/mlp network", "version": 1, "sizes": %s, "activations": ["sigmoid"], "loss": "mse", "layers": []}`,
		strings.ReplaceAll(fmt.Sprint(sizes), " ", ","))
	for _, c := range []struct {
		name string
		call func()
		want string
	}{
		{"NewNetwork with a zero width", func() { NewNetwork(Spec{Sizes: badWidth}) },
			"mlp: NewNetwork: width n_15000 = 0 in sizes [1 1 1 1 1 … 1 1 1] (30001 sizes), want ≥ 1"},
		{"NewNetwork with too few activations", func() { NewNetwork(Spec{Sizes: sizes, Activations: []Activation{Sigmoid}}) },
			"mlp: NewNetwork: 1 activations for 30000 layers (sizes [1 1 1 1 1 … 1 1 1] (30001 sizes)), want one per layer"},
		{"Predict with the wrong columns", func() { n.Predict(mat.NewDense(1, 2, nil)) },
			"mlp: Predict: X is 1×2, the network [1 1 1 1 1 … 1 1 1] (30001 sizes) takes n_0 = 1 inputs per row"},
		{"SetParams with the wrong length", func() { n.SetParams([]float64{1}) },
			"mlp: SetParams: θ has 1 values, the network [1 1 1 1 1 … 1 1 1] (30001 sizes) has 60000 parameters"},
		{"Load with one activation for 30 000 layers", func() {
			if _, err := Load(&model); err != nil {
				panic(err.Error()) // an error, checked here as the panics are
			}
		}, "mlp: model has 1 activations for sizes [1 1 1 1 1 … 1 1 1] (30001 sizes), want 30000"},
	} {
		t.Run(c.name, func(t *testing.T) {
			msg := panicMessage(c.call)
			if !strings.HasPrefix(msg, c.want) {
				t.Errorf("got %.300q, want %q", msg, c.want)
			}
			if len(msg) > 300 {
				t.Errorf("message of %d bytes, want at most 300", len(msg))
			}
		})
	}
	// Up to maxListed sizes are listed in full, as fmt prints them.
	for _, c := range []struct {
		sizes []int
		want  string
	}{
		{[]int{784, 30, 10}, "[784 30 10]"},
		{deepSizes(11), "[1 1 1 1 1 1 1 1 1 1 1 1]"},
		{[]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}, "[1 2 3 4 5 … 11 12 13] (13 sizes)"},
	} {
		if got := shortSizes(c.sizes); got != c.want {
			t.Errorf("shortSizes(%v) = %q, want %q", c.sizes, got, c.want)
		}
	}
}

// TestNetworkStringSpanish: under GOMLP_LANG=es the words are Spanish, the
// names of the activations and the loss (what ActivationByName and
// LossByName take) are not.
func TestNetworkStringSpanish(t *testing.T) {
	t.Setenv("GOMLP_LANG", "es")
	net := NewNetwork(Spec{Sizes: []int{784, 30, 10}})
	if got, want := net.String(), "[784 30 10] sigmoid/identity, pérdida mse, 23860 parámetros"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	t.Setenv("GOMLP_LANG", "de")
	wantPanic(t, "String under GOMLP_LANG=de", func() { _ = net.String() }, `GOMLP_LANG is "de", want "en" or "es"`)
}
