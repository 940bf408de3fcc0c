// Package plots draws every figure of the course with gonum/plot and shows
// it inline in a GoNB notebook.
//
// Each kind of figure is one call that returns a *plot.Plot (or an error for
// bad data: NaN, Inf, empty or mismatched input). Show displays a plot in the
// notebook; outside a notebook it does nothing, so the same code runs in
// `go test` and in commands.
//
// Figures have a fixed size and fonts, so the same data always gives the
// same image bytes.
package plots
