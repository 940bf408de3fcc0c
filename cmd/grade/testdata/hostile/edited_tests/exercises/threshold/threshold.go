package threshold

func Z(w []float64, b float64, x []float64) float64 { panic("not implemented: Z") }

func Unit(w []float64, b float64, x []float64) float64 { panic("not implemented: Unit") }

func BoundaryX2(w []float64, b, x1 float64) (float64, error) { panic("not implemented: BoundaryX2") }
