import Foundation
import SurveyCLI

exit(SurveyCommandLine.run(Array(CommandLine.arguments.dropFirst())).rawValue)
