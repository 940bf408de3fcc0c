package gates

func AND() ([]float64, float64)  { return []float64{1, 1}, -1.5 }
func OR() ([]float64, float64)   { return []float64{1, 1}, -0.5 }
func NAND() ([]float64, float64) { return []float64{-1, -1}, 1.5 }
func NOR() ([]float64, float64)  { return []float64{-1, -1}, 0.5 }
func NOT() ([]float64, float64)  { return []float64{-1}, 0.5 }
