package lab

import (
	"math"
	"math/rand/v2"

	"gomlp.dev/internal/validate"
	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// MaxGradientValues is the most numbers BatchGradients (count·P, for a
// network of P parameters) and ExampleSpread (N·P) keep (64 Mi float64s =
// 512 MiB): 4000 batches of a network of 10 000 parameters are 40 million.
const MaxGradientValues = 1 << 26

// BatchGradients draws count mini-batches of B examples of d, each B
// distinct rows chosen at random (a fresh draw per batch, seeded), and
// returns the mini-batch gradient ∇L_B(θ) = (1/B) Σ_{i ∈ batch} ∇ℓ⁽ⁱ⁾(θ) of
// each, at the network's current θ (mlp's Network.Gradient). Each is an
// unbiased estimate of the full gradient ∇L(θ): their mean tends to it as
// count grows.
//
// It panics if net or d is nil, B is not in 1…N, count < 1, count·P >
// MaxGradientValues for a network of P parameters (checked before anything
// is allocated), or d does not fit net (see mlp's Network.Gradient).
func BatchGradients(net *mlp.Network, d *mlp.Dataset, B, count int, seed uint64) [][]float64 {
	N, nx, ny := mustData("BatchGradients", net, d)
	switch {
	case B < 1 || B > N:
		panicf("BatchGradients: batch size B = %d for N = %d examples, want 1…N", B, N)
	case count < 1:
		panicf("BatchGradients: %d mini-batches, want at least 1", count)
	}
	mustGradientValues("BatchGradients", net, "mini-batches (count)", count)
	rng := rand.New(rand.NewPCG(seed, seed))
	perm := make([]int, N)
	for i := range perm {
		perm[i] = i
	}
	X, Y := mat.NewDense(B, nx, nil), mat.NewDense(B, ny, nil) // the batch's rows
	gs := make([][]float64, count)
	for c := range gs {
		rng.Shuffle(N, func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
		for r, i := range perm[:B] {
			X.SetRow(r, d.X.RawRowView(i))
			Y.SetRow(r, d.Y.RawRowView(i))
		}
		gs[c] = net.Gradient(X, Y)
	}
	return gs
}

// GradientSpread returns the mean of the gradient estimates gs and their
// spread around the full gradient, the root mean square distance
//
//	spread = √( (1/count) Σ_c ‖g_c − ∇L(θ)‖² ).
//
// For mini-batches of B of N examples drawn without replacement,
//
//	spread² = (s²/B) · (N − B)/(N − 1),   s² = (1/N) Σᵢ ‖∇ℓ⁽ⁱ⁾(θ) − ∇L(θ)‖²,
//
// so the spread falls as 1/√B while B ≪ N, and is 0 at B = N. It panics if
// gs is empty, a vector's length differs from full's, a value is NaN or
// ±Inf, or the spread overflows float64.
func GradientSpread(gs [][]float64, full []float64) (mean []float64, spread float64) {
	if len(gs) == 0 {
		panicf("GradientSpread of no gradients")
	}
	if j := validate.NonFinite(full); j >= 0 {
		panicf("GradientSpread: the full gradient's value %d is %v, want a finite number", j, full[j])
	}
	mean = make([]float64, len(full))
	sq := 0.0
	for c, g := range gs {
		if len(g) != len(full) {
			panicf("GradientSpread: gradient %d has %d values, the full gradient %d", c, len(g), len(full))
		}
		if j := validate.NonFinite(g); j >= 0 {
			panicf("GradientSpread: gradient %d's value %d is %v, want a finite number", c, j, g[j])
		}
		for j := range g {
			mean[j] += g[j] / float64(len(gs))
			sq += (g[j] - full[j]) * (g[j] - full[j])
		}
	}
	spread = math.Sqrt(sq / float64(len(gs)))
	if math.IsInf(spread, 0) {
		panicf("GradientSpread: the spread overflows float64 (gradients too large: a square is +Inf)")
	}
	return mean, spread
}

// ExampleSpread returns s, the spread of the N one-example gradients of d
// around the full gradient at the network's current θ,
//
//	s² = (1/N) Σᵢ ‖∇ℓ⁽ⁱ⁾(θ) − ∇L(θ)‖²,
//
// the s of GradientSpread's law: the spread of mini-batch gradients is
// (s/√B)·√((N − B)/(N − 1)). It keeps the N gradients: it panics if
// N·P > MaxGradientValues for a network of P parameters (checked before
// anything is allocated), and as BatchGradients and GradientSpread do.
func ExampleSpread(net *mlp.Network, d *mlp.Dataset) float64 {
	N, nx, ny := mustData("ExampleSpread", net, d)
	mustGradientValues("ExampleSpread", net, "examples (N)", N)
	full := net.Gradient(d.X, d.Y)
	each := make([][]float64, N)
	for i := range N {
		each[i] = net.Gradient(d.X.Slice(i, i+1, 0, nx), d.Y.Slice(i, i+1, 0, ny))
	}
	_, s := GradientSpread(each, full)
	return s
}

// BatchSpread returns the spread around the full gradient of count random
// mini-batch gradients of B examples (BatchGradients, then GradientSpread):
// a measurement of (s/√B)·√((N − B)/(N − 1)). It panics as they do.
func BatchSpread(net *mlp.Network, d *mlp.Dataset, B, count int, seed uint64) float64 {
	gs := BatchGradients(net, d, B, count, seed)
	_, spread := GradientSpread(gs, net.Gradient(d.X, d.Y))
	return spread
}

// mustData panics unless net and d are not nil and d has X and Y with the
// same rows, and returns N and the columns of X and Y.
func mustData(fn string, net *mlp.Network, d *mlp.Dataset) (N, nx, ny int) {
	if net == nil {
		panicf("%s: nil network", fn)
	}
	if d == nil || d.X == nil || d.Y == nil {
		panicf("%s: a data set without X or Y", fn)
	}
	N, nx = d.X.Dims()
	ry, ny := d.Y.Dims()
	if ry != N {
		panicf("%s: X is %s, Y %s: want one row of each per example", fn, validate.Dims(N, nx), validate.Dims(ry, ny))
	}
	return N, nx, ny
}

// mustGradientValues panics unless count gradients of net fit in
// MaxGradientValues numbers; what names count.
func mustGradientValues(fn string, net *mlp.Network, what string, count int) {
	if P := net.NumParams(); !validate.Fits(MaxGradientValues, count, P) {
		panicf("%s: %d %s of a network of %d parameters would keep %.3g numbers, more than lab.MaxGradientValues = %d: use at most %d",
			fn, count, what, P, float64(count)*float64(P), MaxGradientValues, MaxGradientValues/P)
	}
}
