//go:build race

package mlp

// raceEnabled: the binary is built with -race (it slows Go code, not gonum's
// assembly, so speed ratios mean nothing).
const raceEnabled = true
