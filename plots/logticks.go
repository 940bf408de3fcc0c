package plots

import (
	"fmt"
	"math"
	"strconv"

	"gonum.org/v1/plot"
)

// PowerTicks marks a logarithmic axis: a labelled tick at every power of
// ten 10ᵏ, written exactly ("0.001", "1e-5", not the
// "9.999999999999999e-05" that gonum/plot's LogTicks prints below 1e-4),
// and unlabelled ticks at 2·10ᵏ … 9·10ᵏ. LogLog uses it; for a
// TrainingLogY figure over many decades, set p.Y.Tick.Marker = PowerTicks{}.
type PowerTicks struct{}

// Ticks returns the ticks in [min, max], min > 0. When the range holds
// fewer than two powers of ten, 2·10ᵏ and 5·10ᵏ are labelled too.
func (PowerTicks) Ticks(min, max float64) []plot.Tick {
	lo, hi := int(math.Floor(math.Log10(min))), int(math.Ceil(math.Log10(max)))
	powers := 0
	for k := lo; k <= hi; k++ {
		if v := math.Pow10(k); v >= min && v <= max {
			powers++
		}
	}
	var ticks []plot.Tick // only those in range: a label outside would shrink the plot
	for k := lo; k <= hi; k++ {
		for i := 1; i < 10; i++ {
			t := plot.Tick{Value: float64(i) * math.Pow10(k)}
			if i == 1 || powers < 2 && (i == 2 || i == 5) {
				t.Label = powerLabel(i, k)
			}
			if t.Value >= min && t.Value <= max {
				ticks = append(ticks, t)
			}
		}
	}
	return ticks
}

// powerLabel writes m·10ᵏ as a decimal for −3 ≤ k ≤ 3, else as mEK.
func powerLabel(m, k int) string {
	if k >= -3 && k <= 3 {
		return strconv.FormatFloat(float64(m)*math.Pow10(k), 'f', -1, 64)
	}
	return fmt.Sprintf("%de%d", m, k)
}
