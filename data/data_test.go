package data

import (
	"math"
	"strings"
	"testing"

	"gomlp.dev/internal/validate"
	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat"
)

func TestTruthTable(t *testing.T) {
	for _, c := range []struct {
		gate string
		want []int
	}{
		{"and", []int{0, 0, 0, 1}},
		{"OR", []int{0, 1, 1, 1}},
		{"nand", []int{1, 1, 1, 0}},
		{"nor", []int{1, 0, 0, 0}},
		{"xor", []int{0, 1, 1, 0}},
		{"not", []int{1, 0}},
	} {
		t.Run(c.gate, func(t *testing.T) {
			d := TruthTable(c.gate)
			if !dataEqualInts(d.Labels, c.want) {
				t.Errorf("labels: got %v, want %v", d.Labels, c.want)
			}
			n, k := d.X.Dims()
			if n != len(c.want) || (k != 2 && c.gate != "not") {
				t.Errorf("X is %d×%d", n, k)
			}
			for i, l := range c.want {
				if d.Y.At(i, 0) != float64(l) {
					t.Errorf("Y[%d]: got %v, want %v", i, d.Y.At(i, 0), l)
				}
			}
		})
	}
}

// synthSets lists the synthetic sets with their number of classes.
var synthSets = []struct {
	name string
	k    int
	make func(n int, seed uint64) *mlp.Dataset
}{
	{"blobs", 3, func(n int, s uint64) *mlp.Dataset { return Blobs(n, 3, 0.5, s) }},
	{"moons", 2, func(n int, s uint64) *mlp.Dataset { return Moons(n, 0.1, s) }},
	{"circles", 2, func(n int, s uint64) *mlp.Dataset { return Circles(n, 0.05, 0.5, s) }},
	{"spirals", 4, func(n int, s uint64) *mlp.Dataset { return Spirals(n, 4, 0.2, s) }},
}

func TestSyntheticSetsProperties(t *testing.T) {
	for _, c := range synthSets {
		t.Run(c.name, func(t *testing.T) {
			const n = 203 // not a multiple of K: the first classes get one more
			d := c.make(n, 1)
			if r, col := d.X.Dims(); r != n || col != 2 {
				t.Fatalf("X is %d×%d, want %d×2", r, col, n)
			}
			if r, col := d.Y.Dims(); r != n || col != c.k {
				t.Fatalf("Y is %d×%d, want %d×%d", r, col, n, c.k)
			}
			counts := make([]int, c.k)
			for i, l := range d.Labels {
				counts[l]++
				if d.Y.At(i, l) != 1 || floats.Sum(d.Y.RawRowView(i)) != 1 {
					t.Fatalf("row %d: Y %v is not the one-hot of %d", i, d.Y.RawRowView(i), l)
				}
			}
			for k, got := range counts {
				want := n / c.k
				if k < n%c.k {
					want++
				}
				if got != want {
					t.Errorf("class %d: got %d examples, want %d", k, got, want)
				}
			}
			if i, j, found := validate.MatrixNonFinite(d.X); found {
				t.Errorf("X[%d,%d] = %v", i, j, d.X.At(i, j))
			}
			// Shuffled: the first rows are not in class order.
			if dataEqualInts(d.Labels[:2*c.k], append(dataSeq(c.k), dataSeq(c.k)...)) {
				t.Errorf("labels not shuffled: %v", d.Labels[:2*c.k])
			}
			same := c.make(n, 1)
			other := c.make(n, 2)
			if !mat.Equal(d.X, same.X) || !dataEqualInts(d.Labels, same.Labels) {
				t.Error("same seed gave different data")
			}
			if mat.Equal(d.X, other.X) {
				t.Error("different seeds gave the same data")
			}
		})
	}
}

func dataSeq(k int) []int {
	s := make([]int, k)
	for i := range s {
		s[i] = i
	}
	return s
}

// dataClassPoints returns the rows of X of class k.
func dataClassPoints(d *mlp.Dataset, k int) [][]float64 {
	var pts [][]float64
	for i, l := range d.Labels {
		if l == k {
			pts = append(pts, mat.Row(nil, i, d.X))
		}
	}
	return pts
}

func TestSyntheticSetsGeometry(t *testing.T) {
	t.Run("blobs centres and spread", func(t *testing.T) {
		d := Blobs(3000, 3, 0.5, 9)
		for k := range 3 {
			pts := dataClassPoints(d, k)
			xs, ys := make([]float64, len(pts)), make([]float64, len(pts))
			for i, p := range pts {
				xs[i], ys[i] = p[0], p[1]
			}
			a := 2 * math.Pi * float64(k) / 3
			// 1000 draws: the mean is within 4 standard errors (4·0.5/√1000 ≈ 0.063).
			if mx, my := stat.Mean(xs, nil), stat.Mean(ys, nil); math.Abs(mx-2*math.Cos(a)) > 0.063 || math.Abs(my-2*math.Sin(a)) > 0.063 {
				t.Errorf("class %d mean: got (%.3f, %.3f), want (%.3f, %.3f)", k, mx, my, 2*math.Cos(a), 2*math.Sin(a))
			}
			if sd := stat.StdDev(xs, nil); math.Abs(sd-0.5) > 0.05 {
				t.Errorf("class %d std: got %.3f, want 0.5", k, sd)
			}
		}
	})
	t.Run("noise-free moons on their half circles", func(t *testing.T) {
		d := Moons(200, 0, 3)
		for k, centre := range [][2]float64{{0, 0}, {1, 0.5}} {
			for _, p := range dataClassPoints(d, k) {
				if r := math.Hypot(p[0]-centre[0], p[1]-centre[1]); math.Abs(r-1) > 1e-12 {
					t.Fatalf("class %d point %v at distance %v from %v, want 1", k, p, r, centre)
				}
				if (k == 0 && p[1] < -1e-12) || (k == 1 && p[1] > 0.5+1e-12) {
					t.Fatalf("class %d point %v on the wrong half", k, p)
				}
			}
		}
	})
	t.Run("noise-free circles at radius 1 and factor", func(t *testing.T) {
		d := Circles(200, 0, 0.3, 3)
		for k, want := range []float64{1, 0.3} {
			for _, p := range dataClassPoints(d, k) {
				if r := math.Hypot(p[0], p[1]); math.Abs(r-want) > 1e-12 {
					t.Fatalf("class %d point %v at radius %v, want %v", k, p, r, want)
				}
			}
		}
	})
	t.Run("noise-free spirals: radius u and angle 4(k+u)", func(t *testing.T) {
		d := Spirals(300, 3, 0, 3)
		for k := range 3 {
			for _, p := range dataClassPoints(d, k) {
				u := math.Hypot(p[0], p[1])
				theta := 4 * (float64(k) + u)
				if math.Abs(p[0]-u*math.Sin(theta)) > 1e-12 || math.Abs(p[1]-u*math.Cos(theta)) > 1e-12 || u > 1 {
					t.Fatalf("class %d point %v is not on its arm", k, p)
				}
			}
		}
	})
}

func TestRegression1D(t *testing.T) {
	d := NoisyLine(2000, 3, -1, 0.1, 5)
	x, y := mat.Col(nil, 0, d.X), mat.Col(nil, 0, d.Y)
	if floats.Min(x) < -1 || floats.Max(x) > 1 || d.Labels != nil {
		t.Errorf("x range [%v, %v] or labels %v", floats.Min(x), floats.Max(x), d.Labels)
	}
	// Least squares recovers the line: 2000 points with σ = 0.1 pin the
	// slope to about 0.1/(√2000·0.577) ≈ 0.004; allow 4 standard errors.
	alpha, beta := stat.LinearRegression(x, y, nil, false)
	if math.Abs(beta-3) > 0.016 || math.Abs(alpha+1) > 0.01 {
		t.Errorf("fit: got slope %v, intercept %v, want 3, −1", beta, alpha)
	}
	// Residuals have the noise's standard deviation.
	res := make([]float64, len(x))
	for i := range x {
		res[i] = y[i] - (3*x[i] - 1)
	}
	if sd := stat.StdDev(res, nil); math.Abs(sd-0.1) > 0.01 {
		t.Errorf("noise std: got %v, want 0.1", sd)
	}

	s := NoisySine(500, 0, 5)
	for i := range 500 {
		if xi := s.X.At(i, 0); xi < -math.Pi || xi > math.Pi || s.Y.At(i, 0) != math.Sin(xi) {
			t.Fatalf("NoisySine row %d: (%v, %v), want y = sin x on [−π, π]", i, xi, s.Y.At(i, 0))
		}
	}
	s2 := NoisySine(500, 0, 5)
	s3 := NoisySine(500, 0, 6)
	if !mat.Equal(s.X, s2.X) || mat.Equal(s.X, s3.X) {
		t.Error("NoisySine is not a function of its seed")
	}
}

func TestIris(t *testing.T) {
	d := Iris()
	if r, c := d.X.Dims(); r != 150 || c != 4 {
		t.Fatalf("X is %d×%d, want 150×4", r, c)
	}
	if r, c := d.Y.Dims(); r != 150 || c != 3 {
		t.Fatalf("Y is %d×%d, want 150×3", r, c)
	}
	want := []string{"setosa", "versicolor", "virginica"}
	for i := range want {
		if d.ClassNames[i] != want[i] {
			t.Errorf("class names: got %v, want %v", d.ClassNames, want)
		}
	}
	// Fisher's (1936) per-species means, in cm (also R's iris).
	means := [3][4]float64{
		{5.006, 3.428, 1.462, 0.246},
		{5.936, 2.770, 4.260, 1.326},
		{6.588, 2.974, 5.552, 2.026},
	}
	for k := range 3 {
		pts := dataClassPoints(d, k)
		if len(pts) != 50 {
			t.Errorf("class %d: got %d flowers, want 50", k, len(pts))
		}
		for j := range 4 {
			sum := 0.0
			for _, p := range pts {
				sum += p[j]
			}
			if got := sum / 50; math.Abs(got-means[k][j]) > 1e-9 {
				t.Errorf("%s %s mean: got %v, want %v", d.ClassNames[k], IrisFeatures[j], got, means[k][j])
			}
		}
	}
	if got := mlp.Labels(d.Y); !dataEqualInts(got, d.Labels) {
		t.Error("Y is not the one-hot of Labels")
	}
}

func TestStandardize(t *testing.T) {
	X := mat.NewDense(4, 3, []float64{
		1, 10, 5,
		2, 20, 5,
		3, 30, 5,
		4, 40, 5,
	})
	Z, s := Standardize(X)
	// Column 0: μ = 2.5, σ = √((2.25+0.25+0.25+2.25)/4) = √1.25.
	if math.Abs(s.Mean[0]-2.5) > 1e-15 || math.Abs(s.Std[0]-math.Sqrt(1.25)) > 1e-15 || s.Std[2] != 0 {
		t.Errorf("fit: got mean %v, std %v", s.Mean, s.Std)
	}
	for j := range 2 {
		col := mat.Col(nil, j, Z)
		if m, sd := stat.Mean(col, nil), stat.PopStdDev(col, nil); math.Abs(m) > 1e-15 || math.Abs(sd-1) > 1e-15 {
			t.Errorf("column %d: got mean %v, std %v, want 0, 1", j, m, sd)
		}
	}
	if got := mat.Col(nil, 2, Z); floats.Max(got) != 0 || floats.Min(got) != 0 {
		t.Errorf("constant column: got %v, want centred zeros", got)
	}
	// Other data use the training mean and std.
	other := s.Transform(mat.NewDense(1, 3, []float64{2.5, 0, 6}))
	if got, want := other.RawRowView(0), []float64{0, -25 / s.Std[1], 1}; !floats.EqualApprox(got, want, 1e-15) {
		t.Errorf("Transform: got %v, want %v", got, want)
	}
	if X.At(0, 0) != 1 {
		t.Error("Standardize modified its input")
	}
}

func TestSplitAndSubset(t *testing.T) {
	d := Iris()
	train, val := Split(d, 0.2, 1)
	if nt, _ := train.X.Dims(); nt != 120 || len(val.Labels) != 30 {
		t.Fatalf("got %d + %d examples, want 120 + 30", nt, len(val.Labels))
	}
	// Together, the two sets are a permutation of the rows: compare the sums
	// of each column and the class counts.
	for j := range 4 {
		got := mat.Sum(train.X.ColView(j)) + mat.Sum(val.X.ColView(j))
		if want := mat.Sum(d.X.ColView(j)); math.Abs(got-want) > 1e-9 {
			t.Errorf("column %d sum: got %v, want %v", j, got, want)
		}
	}
	for _, s := range []*mlp.Dataset{train, val} {
		n, _ := s.X.Dims()
		for i := range n {
			if s.Y.At(i, s.Labels[i]) != 1 {
				t.Fatalf("row %d: Y and Labels disagree", i)
			}
		}
	}
	again, _ := Split(d, 0.2, 1)
	other, _ := Split(d, 0.2, 2)
	if !mat.Equal(train.X, again.X) || mat.Equal(train.X, other.X) {
		t.Error("Split is not a function of its seed")
	}
	// Shuffled: the validation set holds more than one species.
	if c := dataCountClasses(val.Labels, 3); c[0] == 30 || c[1] == 30 || c[2] == 30 {
		t.Errorf("validation classes %v: not shuffled", c)
	}

	sub := Subset(d, 10)
	if !mat.Equal(sub.X, d.X.Slice(0, 10, 0, 4)) || !dataEqualInts(sub.Labels, d.Labels[:10]) {
		t.Error("Subset is not the first 10 rows")
	}
	sel := SelectRows(d, []int{149, 0})
	if sel.Labels[0] != 2 || sel.Labels[1] != 0 || sel.X.At(0, 0) != d.X.At(149, 0) {
		t.Errorf("SelectRows: got labels %v", sel.Labels)
	}
}

func dataCountClasses(labels []int, k int) []int {
	c := make([]int, k)
	for _, l := range labels {
		c[l]++
	}
	return c
}

func TestIrisCorruptFile(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"empty", "", "bad header"},
		{"ragged csv", "150,4,a,b,c\n1,2\n1,2,3\n", "wrong number of fields"},
		{"header count", "3,4,a,b,c\n1,2,3,4,0\n", "does not match 1 rows"},
		{"number", "1,4,a,b,c\n1,x,3,4,0\n", `parsing "x"`},
		{"class", "1,4,a,b,c\n1,2,3,4,y\n", `row 2: class "y", want 0 … 2`},
		{"class range", "1,4,a,b,c\n1,2,3,4,3\n", `row 2: class "3", want 0 … 2`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := irisParse(c.text)
			if err == nil || !strings.HasPrefix(err.Error(), "data: embedded iris.csv") || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want an error containing %q", err, c.want)
			}
		})
	}
}
