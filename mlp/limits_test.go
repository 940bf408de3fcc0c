package mlp

import (
	"strings"
	"testing"
)

// TestAllocationLimits: sizes beyond the documented limits are errors that
// name the limit, returned before anything is allocated (issue 9, item 7).
// Before, each of these calls ended the program with "fatal error: out of
// memory" (or, for the perceptron, a History growing without bound).
func TestAllocationLimits(t *testing.T) {
	xor, _ := testGate("xor")
	for _, c := range []struct {
		name string
		call func() error
		want string
	}{
		{"OneHot with K = 1e9", func() error { _, err := OneHot([]int{0, 1}, 1e9); return err }, "K = 1000000000, want at most mlp.MaxClasses = 1000"},
		{"OneHot with N·K over the limit", func() error {
			_, err := OneHot(make([]int, 70000), 1000)
			return err
		}, "needs 70000000 entries, more than mlp.MaxOneHot = 67108864"},
		{"ConfusionMatrix with K = 1e9", func() error {
			_, err := ConfusionMatrix([]int{0}, []int{0}, 1e9)
			return err
		}, "K = 1000000000, want at most mlp.MaxClasses"},
		{"TrainPerceptron on XOR with MaxEpochs = 1e9", func() error {
			_, err := TrainPerceptron(xor.X, xor.Y, PerceptronOptions{LearningRate: 1, MaxEpochs: 1e9})
			return err
		}, "MaxEpochs = 1000000000 with d = 2 inputs would keep up to 3e+09 numbers of History, more than mlp.MaxPerceptronHistory = 16777216: lower MaxEpochs to at most 5592405"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := c.call()
			if err == nil || !strings.HasPrefix(err.Error(), "mlp: ") || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want an mlp: error containing %q", err, c.want)
			}
		})
	}
	// At the limits themselves the calls work.
	if _, err := ConfusionMatrix([]int{0}, []int{MaxClasses - 1}, MaxClasses); err != nil {
		t.Errorf("ConfusionMatrix with K = MaxClasses: %v", err)
	}
	if p, err := TrainPerceptron(xor.X, xor.Y, PerceptronOptions{LearningRate: 1, MaxEpochs: 1000}); err != nil || p.Converged || len(p.History) != 1001 {
		t.Errorf("XOR for 1000 epochs: got %v", err)
	}
}
