# Құжаттар (PDF) және оларды тексеру.

doc-unknown-kind = «{ $kind }» деген құжат түрі белгісіз: agreement, consent, registration-sheet немесе foreigner-notice
doc-unknown-lang = Құжаттың «{ $lang }» деген тілі белгісіз: kk, ru, en немесе kk+ru
doc-missing-data = { $kind } құжатына деректер жетпейді: { $field }
doc-bad-occupant = Тіркелетіндер тізімінде { $index }-тұрғын көрсетілген, бірақ тұратындар тізімінде ондай жоқ
doc-template = Құжат шаблонында қате бар: { $what }
doc-pdf-error = PDF жазылмады немесе оқылмады: { $detail }
doc-lease-no-end = { $id } шартының аяқталу күні көрсетілмеген: үлгілік шартқа мерзім қажет, алдымен оны көрсетіңіз
doc-notice-no-lease = { $id } хабарламасы: { $person } осы тұрғын үйдің ешбір жалдау шартында жоқ; алдымен оны шартқа тұрушы ретінде қосыңыз
doc-no-data-files = Бірде-бір .json деректер файлы табылмады
doc-written = Жазылған құжаттар: { $count }
verify-unreadable = Файл PDF ретінде оқылмайды: { $detail }
verify-no-data = PDF ішінде құжаттың кірістірілген деректері жоқ: олар жойылған немесе файл Jalga-да жасалмаған
verify-bad-data = Кірістірілген деректер Jalga құжатының деректері емес: { $detail }
verify-data-altered = Кірістірілген деректер өзгертілген: олардың хеші { $computed }, ал файлда { $recorded } жазылған
verify-page-altered = { $page }-беттің мәтіні құжат деректеріне сәйкес келмейді: бет өзгертілген
verify-page-count = Құжат деректері бойынша { $expected } бет болуы керек, ал файлда { $found } бет

doc-too-many = Жазбалар тым көп: ең көбі { $max }, көрсетілгені { $found }
doc-qr-too-long = Нөмір, МТК және паспорт нөмірі бірге QR-код үшін тым ұзын
