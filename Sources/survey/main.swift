print("survey: under construction")
