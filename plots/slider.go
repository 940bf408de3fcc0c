package plots

import (
	"html"
	"math"
	"time"

	"github.com/janpfeifer/gonb/gonbui"
	"github.com/janpfeifer/gonb/gonbui/dom"
	"github.com/janpfeifer/gonb/gonbui/widgets"
	"gomlp.dev/internal/validate"
	"gonum.org/v1/plot/vg"
)

// Slider is one parameter of a Sliders figure: its name and the values it
// takes, Min, Min + Step, …, Max, starting at Value.
type Slider struct {
	Name                  string
	Min, Max, Step, Value float64
}

// maxSliderSteps is the most positions a slider may have.
const maxSliderSteps = 10000

// sliderIdle is how long Sliders waits for a move before it ends the cell.
const sliderIdle = 10 * time.Minute

// Sliders shows the figure draw(values) in a notebook cell with one slider
// per parameter: moving a slider redraws the figure in place (as Live
// does). The Done button, or ten minutes without a move, ends the cell and
// leaves the last figure as its output. With equalAxes the figure is shown
// at the size EqualAxes gives, else at its own size.
//
// Outside a notebook (or under the headless runner, which skips widget
// cells) it draws the figure once, with the starting values.
//
// It panics if a slider's range is empty or not finite, its step is not
// positive or gives more than 10 000 positions, its starting value is
// outside the range, draw is nil, or the figure draw returns cannot be
// drawn (as Show).
func Sliders(sliders []Slider, equalAxes bool, draw func(values []float64) Figure) {
	const fn = "Sliders"
	if draw == nil {
		fail(fn, nil, "nil draw function")
	}
	values := make([]float64, len(sliders))
	for i, s := range sliders {
		s.check(fn)
		values[i] = s.Min + float64(s.position(s.Value))*s.Step
	}
	img := sliderPNG(draw, values, equalAxes)
	if !gonbui.IsNotebook {
		return
	}
	div := dom.CreateTransientDiv()
	moves := make(chan [2]int)
	for i, s := range sliders {
		dom.Append(div, " "+html.EscapeString(s.Name)+" ")
		w := widgets.Slider(0, s.position(s.Max), s.position(s.Value)).AppendTo(div).Done()
		go func(i int, c chan int) {
			for v := range c {
				moves <- [2]int{i, v}
			}
		}(i, w.Listen().LatestOnly().C)
	}
	done := widgets.Button(words().Done).AppendTo(div).Done().Listen()
	live := &Live{id: "plots-sliders-" + gonbui.UniqueId()}
	live.send(img)
	for {
		select {
		case m := <-moves:
			values[m[0]] = sliders[m[0]].Min + float64(m[1])*sliders[m[0]].Step
			live.send(sliderPNG(draw, values, equalAxes))
		case <-done.C:
			gonbui.Sync()
			return
		case <-time.After(sliderIdle):
			gonbui.Sync()
			return
		}
	}
}

// check panics naming fn unless the slider can be drawn.
func (s Slider) check(fn string) {
	for _, v := range []float64{s.Min, s.Max, s.Step, s.Value} {
		if !validate.Finite(v) {
			fail(fn, ErrNonFinite, "slider %s has a value that is not finite (Min %v, Max %v, Step %v, Value %v)", quote(s.Name), s.Min, s.Max, s.Step, s.Value)
		}
	}
	switch {
	case s.Min >= s.Max:
		fail(fn, nil, "slider %s: Min %v is not below Max %v", quote(s.Name), s.Min, s.Max)
	case s.Step <= 0:
		fail(fn, nil, "slider %s: Step %v is not positive", quote(s.Name), s.Step)
	case (s.Max-s.Min)/s.Step > maxSliderSteps:
		fail(fn, ErrLimit, "slider %s has more than %d positions", quote(s.Name), maxSliderSteps)
	case s.Value < s.Min || s.Value > s.Max:
		fail(fn, nil, "slider %s: Value %v is outside [%v, %v]", quote(s.Name), s.Value, s.Min, s.Max)
	}
}

// position returns the slider position (0 … steps) nearest to v.
func (s Slider) position(v float64) int {
	return int(math.Round((v - s.Min) / s.Step))
}

// sliderPNG draws and renders the figure for the given values.
func sliderPNG(draw func([]float64) Figure, values []float64, equalAxes bool) []byte {
	f := draw(values)
	checkFigure("Sliders", f)
	var w, h vg.Length
	if equalAxes {
		w, h = EqualAxes(f)
	}
	return renderPNG("Sliders", f, w, h)
}
