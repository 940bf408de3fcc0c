package plots

import (
	"fmt"
	"math"
	"strconv"

	"gonum.org/v1/plot"
)

// PowerTicks marks a logarithmic axis: a labelled tick at every power of
// ten 10ᵏ in range, written exactly ("0.001", "1e-5", not the
// "9.999999999999999e-05" that gonum/plot's LogTicks prints below 1e-4),
// and unlabelled ticks at 2·10ᵏ … 9·10ᵏ. LogLog uses it; for a
// TrainingLogY figure over many decades, set p.Y.Tick.Marker = PowerTicks{}.
type PowerTicks struct{}

// Ticks returns the ticks for [min, max], min > 0.
func (PowerTicks) Ticks(min, max float64) []plot.Tick {
	lo, hi := int(math.Floor(math.Log10(min))), int(math.Ceil(math.Log10(max)))
	var ticks []plot.Tick
	for k := lo; k <= hi; k++ {
		v := math.Pow10(k)
		ticks = append(ticks, plot.Tick{Value: v, Label: powerLabel(k)})
		for i := 2; i < 10 && k < hi; i++ {
			ticks = append(ticks, plot.Tick{Value: float64(i) * v})
		}
	}
	return ticks
}

// powerLabel writes 10ᵏ as a decimal for −3 ≤ k ≤ 3, else as 1eK.
func powerLabel(k int) string {
	if k >= -3 && k <= 3 {
		return strconv.FormatFloat(math.Pow10(k), 'f', -1, 64)
	}
	return fmt.Sprintf("1e%d", k)
}
