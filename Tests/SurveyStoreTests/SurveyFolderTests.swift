import SurveyStore
import Testing

/// The folder layout is named in one place.
struct SurveyFolderTests {
    @Test func namesEveryFileOfASurveysFolder() {
        let folder = SurveyFolder(responsesRoot: "responses/", surveyID: "digitale-bildung")
        #expect(folder.path == "responses/digitale-bildung")
        #expect(folder.log == "responses/digitale-bildung/log.jsonl")
        #expect(folder.lock == "responses/digitale-bildung/lock")
        #expect(folder.participants == "responses/digitale-bildung/participants.jsonl")
        #expect(folder.participantsLock == "responses/digitale-bildung/participants.lock")
        #expect(folder.generatedMarker == "responses/digitale-bildung/generated.json")
        #expect(folder.columns == "responses/digitale-bildung/columns.bin")
        #expect(folder.testData.log == "responses/digitale-bildung/test/log.jsonl")
        #expect(SurveyFolder("/").file("x") == "/x")
    }

    @Test func theStoreUsesTheNamedFiles() throws {
        let directory = TemporaryDirectory()
        let log = try ResponseLog(directory: directory.path)
        _ = try log.write(Requests.submit("r1"))
        _ = try ParticipantRegistry(directory: directory.path)
        #expect(log.folder.hasLog)
        #expect(log.path == log.folder.log)
        #expect(directory.files(startingWith: "").contains(SurveyFolder.lockFileName))
        #expect(ResponseLog.logFileName == SurveyFolder.logFileName)
    }
}
