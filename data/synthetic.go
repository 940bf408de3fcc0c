package data

import (
	"math"
	"math/rand/v2"

	"gomlp.dev/internal/validate"
	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// Synthetic 2-D classification sets. Each is deterministic given its seed:
// the same arguments give the same data, bit for bit. The N examples are split
// as evenly as possible among the K classes (the first N mod K classes get one
// more), and the rows are shuffled (seeded) so that the classes are mixed.
// X is N×2, Y the one-hot rows (N×K), Labels the classes, ClassNames "0"….
// Noise is the standard deviation of Gaussian noise added to each coordinate.

// Blobs returns N points in K Gaussian clusters: class k is centred at
//
//	cₖ = 2·(cos 2πk/K, sin 2πk/K)
//
// (evenly spaced on a circle of radius 2) with standard deviation std in each
// coordinate: x = cₖ + std·ε, ε ~ N(0, I). It panics if N < K, K < 1 or
// std < 0.
func Blobs(n, k int, std float64, seed uint64) *mlp.Dataset {
	synthCheck("Blobs", n, k, std)
	return synthDataset("Blobs", n, k, seed, func(class int, _ float64, rng *rand.Rand) (float64, float64) {
		a := 2 * math.Pi * float64(class) / float64(k)
		return 2*math.Cos(a) + std*rng.NormFloat64(), 2*math.Sin(a) + std*rng.NormFloat64()
	})
}

// Moons returns N points on two interleaving half circles, K = 2: with t
// uniform on [0, π],
//
//	class 0: (cos t, sin t),   class 1: (1 − cos t, ½ − sin t),
//
// plus noise (as scikit-learn's make_moons). It panics if N < 2 or
// noise < 0.
func Moons(n int, noise float64, seed uint64) *mlp.Dataset {
	synthCheck("Moons", n, 2, noise)
	return synthDataset("Moons", n, 2, seed, func(class int, u float64, rng *rand.Rand) (float64, float64) {
		t := math.Pi * u
		x, y := math.Cos(t), math.Sin(t)
		if class == 1 {
			x, y = 1-x, 0.5-y
		}
		return x + noise*rng.NormFloat64(), y + noise*rng.NormFloat64()
	})
}

// Circles returns N points on two concentric circles, K = 2: with t uniform
// on [0, 2π),
//
//	class 0: (cos t, sin t),   class 1: factor·(cos t, sin t),
//
// plus noise (as scikit-learn's make_circles). It panics if N < 2,
// noise < 0 or factor is not in (0, 1).
func Circles(n int, noise, factor float64, seed uint64) *mlp.Dataset {
	synthCheck("Circles", n, 2, noise)
	if !(factor > 0 && factor < 1) {
		fail("Circles", "factor = %v, want the inner radius in (0, 1)", factor)
	}
	return synthDataset("Circles", n, 2, seed, func(class int, u float64, rng *rand.Rand) (float64, float64) {
		t := 2 * math.Pi * u
		r := 1.0
		if class == 1 {
			r = factor
		}
		return r*math.Cos(t) + noise*rng.NormFloat64(), r*math.Sin(t) + noise*rng.NormFloat64()
	})
}

// Spirals returns N points on K interleaved spiral arms (the CS231n spiral):
// with u uniform on [0, 1], class k is
//
//	r = u,  θ = 4(k + u) + noise·ε,  x = r·(sin θ, cos θ),
//
// where ε ~ N(0, 1) perturbs the angle. It panics if N < K, K < 1 or
// noise < 0.
func Spirals(n, k int, noise float64, seed uint64) *mlp.Dataset {
	synthCheck("Spirals", n, k, noise)
	return synthDataset("Spirals", n, k, seed, func(class int, u float64, rng *rand.Rand) (float64, float64) {
		theta := 4*(float64(class)+u) + noise*rng.NormFloat64()
		return u * math.Sin(theta), u * math.Cos(theta)
	})
}

// synthCheck panics unless n, k and noise are arguments function fn can
// draw a set of: 1 ≤ K ≤ mlp.MaxClasses, K ≤ N ≤ MaxExamples, N·K ≤
// mlp.MaxOneHot, a finite noise ≥ 0.
func synthCheck(fn string, n, k int, noise float64) {
	switch {
	case k < 1:
		fail(fn, "number of classes K = %d, want > 0", k)
	case k > mlp.MaxClasses:
		fail(fn, "number of classes K = %d, want at most mlp.MaxClasses = %d", k, mlp.MaxClasses)
	case n < k:
		fail(fn, "N = %d examples for K = %d classes, want N ≥ K", n, k)
	}
	checkExamples(fn, n)
	if !validate.Fits(mlp.MaxOneHot, n, k) {
		fail(fn, "N = %d examples of K = %d classes need a one-hot Y of %d entries, more than mlp.MaxOneHot = %d", n, k, n*k, mlp.MaxOneHot)
	}
	checkNoise(fn, noise)
}

// synthDataset draws n points with point(class, u, rng), where u is uniform
// on [0, 1], then shuffles the rows; everything comes from one seeded source.
// It panics if a coordinate is not a finite number: a noise so large (near
// 1e308) that noise·ε overflows float64.
func synthDataset(fn string, n, k int, seed uint64, point func(class int, u float64, rng *rand.Rand) (float64, float64)) *mlp.Dataset {
	rng := rand.New(rand.NewPCG(seed, 0xda7a)) // 0xda7a: any fixed second word
	labels := make([]int, n)
	x := make([]float64, 2*n)
	for i := range n {
		// Example i has class i mod k: classes as even as possible.
		labels[i] = i % k
		x[2*i], x[2*i+1] = point(labels[i], rng.Float64(), rng)
		if validate.NonFinite(x[2*i:2*i+2]) >= 0 {
			fail(fn, "the noise overflows float64 at point %d (%v, %v), want a noise (or std) well below 1e308", i, x[2*i], x[2*i+1])
		}
	}
	rng.Shuffle(n, func(i, j int) {
		labels[i], labels[j] = labels[j], labels[i]
		x[2*i], x[2*j] = x[2*j], x[2*i]
		x[2*i+1], x[2*j+1] = x[2*j+1], x[2*i+1]
	})
	return &mlp.Dataset{X: mat.NewDense(n, 2, x), Y: mlp.OneHot(labels, k), Labels: labels, ClassNames: classNames(k)}
}
