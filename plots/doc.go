// Package plots draws every figure of the course with gonum/plot and shows
// it inline in a GoNB notebook.
//
// Each kind of figure is one call that returns a *plot.Plot (see Errors
// and panics for bad data):
//
//	activations φ(z)                Functions(title, xmin, xmax, curves...)
//	other curves (σ′(z), losses)    Curves(title, xLabel, yLabel, xmin, xmax, curves...)
//	labelled 2-D data               Scatter(title, X, labels, names)
//	1-D data with fitted curves     Regression(title, X, Y, curves...)
//	decision regions of a model     DecisionRegions(title, model, X, labels, names)
//	decision lines w·x + b = 0      DecisionLines(title, lines, X, labels, names[, LinesStyle])
//	loss / accuracy curves          Training(title, xLabel, yLabel, series...)
//	                                TrainingLogY(title, xLabel, yLabel, series...)
//	loss surface with GD paths      LossSurface(title, loss, w1min, w1max, w2min, w2max, paths...)
//	any surface z(x₁, x₂)           Surface(title, zLabel, z, x1min, x1max, x2min, x2max, paths...)
//	network diagram                 NetworkDiagram(title, weights[, DiagramStyle])
//	per-layer gradient norms        GradientNorms(title, perEpoch)
//	MNIST digits with labels        Digits(title, X, labels, predicted, cols)
//	hidden-unit weights as images   WeightImages(title, W, cols)
//	several plots as one figure     NewPanel(cols, plots...)
//	a weight vector as an arrow     NewArrow(x0, y0, x1, y1), NewWeightArrow(w, b), with p.Add
//	a circle, a band between lines  NewCircle(x, y, r), NewBand(w, lo, hi), with p.Add
//	ticks at the integers only      IntegerTicks(p)
//	a logarithmic axis              LogX(p), LogY(p)
//	decision lines, contours, …     AddLine, AddCircle, AddMarker, AddHollow, AddContours
//	any model's output column       OutputColumn(model, k)
//
// The returned plot can still be adjusted with gonum/plot before it is
// shown, for instance its axis labels: p.X.Label.Text = "x".
//
// # Conventions
//
// Every figure follows the course's conventions (issue 16). Linear axes are
// marked by NiceTicks (0, 10, 20, 30, never 4, 16, 28 or 0.00, 250.00),
// logarithmic ones by PowerTicks, and a log axis's label ends in "(log)"
// when shown. Every heat map and surface has a colour bar naming what its
// colours stand for ("loss", "ŷ", …). Markers (data points, path ends, a
// minimum, held-out points) are drawn after the lines and regions, over a
// white rim, and stay visible when they coincide; a marker in a legend is
// drawn as in the figure. Lines that are Dashed (hand-made beside learnt)
// differ by dash as well as colour. Where plots writes a Y label itself it
// names what is drawn; Curves and Surface take it as an argument.
//
// # Language
//
// The few words plots writes by itself — GradientNorms's "epoch" and
// "hidden layer 1", LossSurface's colour bar "loss", unnamed classes and
// paths, Regression's and Spread's legends, NetworkDiagram's layer names,
// WeightImages's captions, the Sliders button — follow the environment
// variable GOMLP_LANG: "en" or unset for English, "es" for Spanish
// ("época", "capa oculta 1", "pérdida", …). The Spanish notebooks set it in
// their first cell, so their code stays the English code token for token.
// Any other value panics, naming it. Error messages are always English.
//
// # Display
//
// Show displays a figure (a *plot.Plot or a *Panel) inline as a PNG,
// ShowSVG as an SVG; PNG and SVG return the image bytes, Save writes them
// to a file. ShowEqualAxes draws one unit of x₁ as long as one of x₂
// (right angles look right). A Live display updates one figure in place
// while a network trains, and leaves the final figure as the cell's
// output; Sliders redraws a figure in place as the user moves sliders.
// Outside a notebook all of them only render (Live.Update not even that),
// so the same code runs in `go test` and in commands.
//
// # Data
//
// Data follow the layout of package mlp: examples are rows, X is N×2 for
// 2-D data, labels are class indices 0 … K−1, and a model is anything with
// mlp's Predict method (see Predictor). Weights are W{l}, n_l × n_{l-1}.
//
// Figures have a fixed size (Width × Height) and fonts, and colours from
// the colour-blind-safe Okabe–Ito Palette with a marker Shape per class, so
// the same data always gives the same image bytes.
//
// # Errors and panics
//
// As in gonum, bad input is the caller's mistake and panics, before
// gonum/plot sees it, with an error whose message is "plots: Fn: …" and
// names the problem: empty or mismatched data, a nil matrix or figure, a
// label out of range, a NaN or ±Inf value (the error matches ErrNonFinite
// under errors.Is: "plots: Training: series "α = 2.1" at point 12 is
// (13, +Inf), not finite"), a value or size past the limits below
// (ErrLimit). The figure functions, Show and its variants, Live and
// Sliders return no error: a figure that cannot be drawn is found by the
// same checks when it is made or shown. Only Save, which writes a file,
// returns one.
//
// # Limits
//
// What gonum/plot cannot draw panics, checked when a figure is made or
// before it is rendered, never a panic inside gonum, a hang or a blank
// frame: values and axis ranges within ±MaxValue (1e100); on a log axis
// values in [MinLogValue, MaxValue] spanning at most MaxLogDecades powers
// of ten; at most MaxClasses classes; images with both sides in [MinSide,
// MaxSide], and a Panel with at least one plot. Decision regions cost O(K)
// per grid cell for K classes. A message quotes at most the start of a
// long name and is cut to MaxErrorLen bytes.
package plots
