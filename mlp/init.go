package mlp

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Initializer says how NewNetwork draws the starting weights and biases of a
// layer with n_in inputs and n_out units:
//
//	W{l}ⱼₖ ~ N(0, WeightStd(n_in, n_out)²),   b{l}ⱼ ~ N(0, BiasStd²).
type Initializer struct {
	// Name is the initialiser's short name: "normal", "nielsen", "glorot", "he".
	Name string
	// WeightStd returns the standard deviation of the weights of a layer.
	WeightStd func(nIn, nOut int) float64
	// BiasStd is the standard deviation of the biases (0: biases start at 0).
	BiasStd float64
}

// InitNormal draws every weight and bias from the standard normal, as
// Nielsen's chapter 1 (network.py):
//
//	W ~ N(0, 1),  b ~ N(0, 1).
var InitNormal = Initializer{
	Name:      "normal",
	WeightStd: func(nIn, nOut int) float64 { return 1 },
	BiasStd:   1,
}

// InitNielsen scales the weights by the number of inputs, as Nielsen's
// chapter 3 (network2.py, default_weight_initializer), so that z does not
// start in the flat tails of the sigmoid:
//
//	W ~ N(0, 1/n_in),  b ~ N(0, 1).
var InitNielsen = Initializer{
	Name:      "nielsen",
	WeightStd: func(nIn, nOut int) float64 { return 1 / math.Sqrt(float64(nIn)) },
	BiasStd:   1,
}

// InitGlorot is Glorot and Bengio's (2010) normal initialisation, for
// sigmoid and tanh layers:
//
//	W ~ N(0, 2/(n_in + n_out)),  b = 0.
var InitGlorot = Initializer{
	Name:      "glorot",
	WeightStd: func(nIn, nOut int) float64 { return math.Sqrt(2 / float64(nIn+nOut)) },
}

// InitHe is He et al.'s (2015) normal initialisation, for ReLU layers:
//
//	W ~ N(0, 2/n_in),  b = 0.
var InitHe = Initializer{
	Name:      "he",
	WeightStd: func(nIn, nOut int) float64 { return math.Sqrt(2 / float64(nIn)) },
}

// initSeedStream is the second word of the PCG state for weight
// initialisation; shuffling uses another, so the two never share a stream.
const initSeedStream = 0x696e6974 // "init"

// initLayers draws the weights and biases of every layer from one seeded
// generator, layer by layer: W{l} row by row (unit by unit), then b{l}.
func initLayers(layers []*Layer, init Initializer, seed uint64) {
	rng := rand.New(rand.NewPCG(seed, initSeedStream))
	for _, layer := range layers {
		nIn, nOut := layer.wt.Dims()
		std := init.WeightStd(nIn, nOut)
		for j := range nOut { // unit j: row j of W{l}, column j of W{l}ᵀ
			for k := range nIn {
				layer.wt.Set(k, j, std*rng.NormFloat64())
			}
		}
		b := layer.b.RawVector().Data
		for k := range b {
			b[k] = init.BiasStd * rng.NormFloat64()
		}
	}
}

// checkInit returns an error unless init gives a finite standard deviation
// ≥ 0 for the weights of every layer and for the biases, so that a network
// never starts with NaN or ±Inf weights.
func checkInit(init Initializer, sizes []int) error {
	if b := init.BiasStd; !(b >= 0) || math.IsInf(b, 0) {
		return fmt.Errorf("mlp: initializer %q has BiasStd = %v, want a finite value ≥ 0", init.Name, b)
	}
	for l := 1; l < len(sizes); l++ {
		if std := init.WeightStd(sizes[l-1], sizes[l]); !(std >= 0) || math.IsInf(std, 0) {
			return fmt.Errorf("mlp: initializer %q gives WeightStd(%d, %d) = %v for layer %d, want a finite value ≥ 0", init.Name, sizes[l-1], sizes[l], std, l)
		}
	}
	return nil
}
