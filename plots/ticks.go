package plots

import (
	"math"
	"strconv"
	"strings"

	"gomlp.dev/internal/validate"
	"gonum.org/v1/plot"
)

// NiceTicks marks a linear axis with "nice numbers" (Heckbert, "Nice
// numbers for graph labels", Graphics Gems, 1990): labels at the multiples
// of a step of 1, 2 or 5 × 10ᵏ, as close to five of them as such a step
// gives (three to eight), written with the decimals the step needs and a
// true minus sign: 0, 10, 20, 30 or 0.0, 0.5, 1.0, not 4, 16, 28 or 0.00,
// 250.00, 500.00. Unlabelled ticks split each step in four or five. Every
// figure of plots uses it on its linear axes; set p.X.Tick.Marker =
// NiceTicks{} on an axis made otherwise.
type NiceTicks struct{}

// niceLabels is the number of labels NiceTicks aims at.
const niceLabels = 5

// maxTickIndex bounds i in a tick i·step: beyond 2⁵² consecutive integers
// are not all floats, and a range that narrow for its magnitude gets its two
// ends as labels instead.
const maxTickIndex = 1 << 52

// Ticks returns the ticks in [min, max].
func (NiceTicks) Ticks(min, max float64) []plot.Tick {
	if !validate.Finite(min) || !validate.Finite(max) || min > max {
		return nil
	}
	span := max - min
	if span == 0 || math.IsInf(span, 0) {
		return []plot.Tick{{Value: min, Label: plainLabel(min)}}
	}
	step, e := niceStep(min, max)
	parts := 5.0 // unlabelled ticks: a step of 1 or 5 × 10ᵏ in five, of 2 × 10ᵏ in four
	if step == 2*math.Pow10(e) {
		parts = 4
	}
	minor := step / parts
	lo, hi := math.Ceil(min/minor), math.Floor(max/minor)
	if math.Abs(lo) > maxTickIndex || math.Abs(hi) > maxTickIndex || hi-lo > 100*parts {
		return []plot.Tick{{Value: min, Label: plainLabel(min)}, {Value: max, Label: plainLabel(max)}}
	}
	// Powers of ten when the labels would be long: from 10⁶, or with more
	// than four decimals.
	exp := e < -4 || math.Max(math.Abs(min), math.Abs(max)) >= 1e6
	var ticks []plot.Tick
	for i := lo; i <= hi; i++ {
		t := plot.Tick{Value: i * minor}
		if math.Mod(i, parts) == 0 {
			t.Value = i/parts*step + 0 // i/parts is an integer: an exact multiple; + 0: no −0
			t.Label = tickLabel(t.Value, e, exp)
		}
		if t.Value >= min && t.Value <= max { // rounding may put an end tick just outside
			ticks = append(ticks, t)
		}
	}
	return ticks
}

// niceStep returns the step = m·10ᵉ, m ∈ {1, 2, 5}, with a number of
// multiples in [min, max] nearest to niceLabels (the smaller step on a
// tie), and its e.
func niceStep(min, max float64) (step float64, e int) {
	k := int(math.Floor(math.Log10(max - min)))
	best, bestE, bestOff := 0.0, 0, math.Inf(1)
	for e := k + 1; e >= k-2; e-- {
		for _, m := range []float64{5, 2, 1} {
			s := m * math.Pow10(e)
			n := math.Floor(max/s) - math.Ceil(min/s) + 1
			if off := math.Abs(n - niceLabels); n >= 2 && off <= bestOff {
				best, bestE, bestOff = s, e, off
			}
		}
	}
	return best, bestE
}

// tickLabel writes v, a multiple of 10ᵉ, with the decimals 10ᵉ needs: in
// plain notation, or with exp as a mantissa and a power of ten with the
// digits down to 10ᵉ ("2.5e13", "3e-6").
func tickLabel(v float64, e int, exp bool) string {
	if !exp {
		return minus(strconv.FormatFloat(v, 'f', max(0, -e), 64))
	}
	if v == 0 {
		return "0"
	}
	digits := max(0, int(math.Floor(math.Log10(math.Abs(v))))-e)
	return minus(expLabel(strconv.FormatFloat(v, 'e', digits, 64)))
}

// plainLabel writes v in the shortest form that reads it back.
func plainLabel(v float64) string {
	return minus(expLabel(strconv.FormatFloat(v, 'g', -1, 64)))
}

// minus writes a leading "-" as a true minus sign "−".
func minus(s string) string {
	if rest, ok := strings.CutPrefix(s, "-"); ok {
		return "−" + rest
	}
	return s
}

// expLabel writes Go's "2.5e+13" or "1e-07" as "2.5e13" or "1e-7".
func expLabel(s string) string {
	mant, exp, ok := strings.Cut(s, "e")
	if !ok {
		return s
	}
	n, err := strconv.Atoi(exp)
	if err != nil {
		return s
	}
	return mant + "e" + strconv.Itoa(n)
}
