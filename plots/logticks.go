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
// and unlabelled ticks at 2·10ᵏ … 9·10ᵏ. Over more than ten powers of ten
// it labels every second, third, fifth or tenth power (k a multiple of it)
// and marks the others unlabelled; over fewer than two it labels 2·10ᵏ and
// 5·10ᵏ too, and a range narrower than that gets NiceTicks' labels. Every
// logarithmic axis plots makes uses it (LogLog, TrainingLogY, LogX, LogY).
type PowerTicks struct{}

// maxPowerLabels is the most powers of ten PowerTicks labels.
const maxPowerLabels = 10

// Ticks returns the ticks in [min, max], min > 0.
func (PowerTicks) Ticks(min, max float64) []plot.Tick {
	if !(min > 0) || !(max >= min) || math.IsInf(max, 0) {
		return nil
	}
	lo, hi := int(math.Floor(math.Log10(min))), int(math.Ceil(math.Log10(max)))
	powers := 0
	for k := lo; k <= hi; k++ {
		if v := math.Pow10(k); v >= min && v <= max {
			powers++
		}
	}
	every := 1 // label the powers 10ᵏ with k a multiple of every
	for _, n := range []int{1, 2, 3, 5, 10, 20, 50, 100} {
		if every = n; powers <= maxPowerLabels*n {
			break
		}
	}
	var ticks []plot.Tick // only those in range: a label outside would shrink the plot
	labelled := 0
	for k := lo; k <= hi; k++ {
		for i := 1; i < 10; i++ {
			t := plot.Tick{Value: float64(i) * math.Pow10(k)}
			if t.Value < min || t.Value > max || i > 1 && every > 1 {
				continue // over many decades, no ticks between the powers
			}
			if i == 1 && k%every == 0 || powers < 2 && (i == 2 || i == 5) {
				t.Label = powerLabel(i, k)
				labelled++
			}
			ticks = append(ticks, t)
		}
	}
	if labelled < 2 {
		return NiceTicks{}.Ticks(min, max)
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
