// Package lab holds the experiments the notebooks run on top of the lecture's
// library: sweeps over seeds and settings, measurements and summaries (a
// median with its range), and the by-products of a figure. Package mlp is
// the lecture itself (units, losses, networks, backpropagation, training);
// what a notebook measures about it lives here.
//
// Every function here is seeded and deterministic: the same arguments give
// the same numbers.
package lab
