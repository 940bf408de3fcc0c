package data

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// irisCSV is scikit-learn's copy of Fisher's Iris data (see README.md in this folder).
//
//go:embed iris.csv
var irisCSV string

// IrisFeatures names the four columns of Iris().X, in centimetres.
var IrisFeatures = []string{"sepal length", "sepal width", "petal length", "petal width"}

// Iris returns Fisher's Iris data (1936), shipped inside the package: N = 150
// flowers, 50 of each species, X (150×4) the measurements in cm named by
// IrisFeatures, Y (150×3) one-hot, Labels 0 setosa, 1 versicolor, 2 virginica,
// and ClassNames those names. Setosa is linearly separable from the other
// two; versicolor and virginica are not from each other. The rows are in the
// file's order (by species); use Split to shuffle. The file is part of the
// package and checked by its tests, so Iris cannot fail; each call returns
// a new copy.
func Iris() *mlp.Dataset {
	d, err := irisParse(irisCSV)
	if err != nil {
		panic(err) // a package built from a damaged iris.csv: TestIris fails too
	}
	return d
}

// irisParse reads scikit-learn's iris.csv format.
func irisParse(text string) (*mlp.Dataset, error) {
	rows, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("data: embedded iris.csv: %w", err)
	}
	// Header: N, d, then the class names.
	if len(rows) < 1 || len(rows[0]) != 5 {
		return nil, fmt.Errorf("data: embedded iris.csv: bad header")
	}
	n, errN := strconv.Atoi(rows[0][0])
	d, errD := strconv.Atoi(rows[0][1])
	if errN != nil || errD != nil || n != len(rows)-1 || d != len(IrisFeatures) {
		return nil, fmt.Errorf("data: embedded iris.csv: header %v does not match %d rows of 4 features", rows[0], len(rows)-1)
	}
	names := append([]string(nil), rows[0][2:]...)
	x := mat.NewDense(n, d, nil)
	labels := make([]int, n)
	for i, row := range rows[1:] {
		for j := range d {
			v, err := strconv.ParseFloat(row[j], 64)
			if err != nil {
				return nil, fmt.Errorf("data: embedded iris.csv, row %d: %w", i+2, err)
			}
			x.Set(i, j, v)
		}
		l, err := strconv.Atoi(row[d])
		if err != nil || l < 0 || l >= len(names) {
			return nil, fmt.Errorf("data: embedded iris.csv, row %d: class %q, want 0 … %d", i+2, row[d], len(names)-1)
		}
		labels[i] = l
	}
	return &mlp.Dataset{X: x, Y: mlp.OneHot(labels, len(names)), Labels: labels, ClassNames: names}, nil
}
