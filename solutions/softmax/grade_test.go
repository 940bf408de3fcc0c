package softmax

import (
	"testing"

	cases "gomlp.dev/internal/cases/softmax"
)

// TestGrade runs the graded tests of this exercise (internal/cases/softmax).
func TestGrade(t *testing.T) {
	cases.Run(t, cases.Impl{Softmax: Softmax, ECC: ECC, GradZ: GradZ})
}
