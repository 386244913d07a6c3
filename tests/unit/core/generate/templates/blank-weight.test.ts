import { weightOf } from '../fixtures';

describe('blanks that ask a detail of the story', () => {
	it('weighs one end of a span whose other end the prompt prints below a year of its own', () => {
		const span = weightOf('The Fourth Anglo-Dutch War, fought from 1780 to 1784, cost the company many ships.', '1780');
		const own = weightOf('The Fourth Anglo-Dutch War broke out in 1780 and cost the company many ships.', '1780');
		expect(span).toBeLessThan(own);
		expect(weightOf('In the winter of 1889 to 1890 an influenza pandemic swept around the world.', '1890')).toBeLessThan(own);
	});

	it('weighs one year of a list of years below a year of its own', () => {
		const own = weightOf('Astronauts returned to the Hubble Space Telescope in 1997 to fit new cameras.', '1997');
		const text = 'Astronauts returned to the Hubble Space Telescope four more times, in 1997, 1999, 2002 and 2009.';
		expect(weightOf(text, '1997')).toBeLessThan(own);
		expect(weightOf(text, '1999')).toBeLessThan(own);
	});

	it('weighs the size of a crowd that came to watch below a count of what happened', () => {
		const counted = weightOf('About 15,000 people lost their homes in the fire that followed.', '15,000');
		expect(weightOf('On 20 August 1860 a crowd of some 15,000 people gathered in Royal Park to watch the expedition set out.', '15,000')).toBeLessThan(counted);
		expect(weightOf('The game was played in the Olympic Field House in front of about 8,500 fans.', '8,500')).toBeLessThan(counted);
	});

	it('weighs an age told as "years old" and the size of a study as details', () => {
		const own = weightOf('The Board of Longitude paid him 68 years of arrears in one sum.', '68 years');
		expect(weightOf('John Harrison was 68 years old when the trial began.', '68 years')).toBeLessThan(own);
		const found = weightOf('In a study published in 2000, Sam Tsemberis found that 242 tenants were still housed after five years.', '242');
		expect(weightOf('In a study published in 2000, Sam Tsemberis followed 242 formerly homeless tenants for five years.', '242')).toBeLessThan(found);
	});

	it('weighs the year a study or an experiment was published as its label', () => {
		const own = weightOf('Barry Marshall swallowed a culture of the bacterium in 1984 to test it on himself.', '1984');
		expect(weightOf('A larger study published in 2019 by Doruk Cengiz examined 138 state minimum wage increases.', '2019')).toBeLessThan(own);
		expect(weightOf('Barry Marshall reported the experiment in the Medical Journal of Australia in 1985.', '1985')).toBeLessThan(own);
	});

	it('weighs who replied or asked, as who said, below who did something', () => {
		const did = weightOf('Gordon Moore decided without hesitation that Intel would get out of memories.', 'Gordon Moore');
		expect(weightOf('Gordon Moore replied without hesitation that a newcomer would get Intel out of memories.', 'Gordon Moore')).toBeLessThan(did);
	});

	it('weighs the round base of a rate below what was found', () => {
		const text = 'The commission calculated that every $10 spent on Housing First saved an average of $9.60 in other costs.';
		expect(weightOf(text, '$10')).toBeLessThan(weightOf(text, '$9.60'));
		const snow = 'John Snow counted 315 deaths per 10,000 houses among Southwark and Vauxhall customers.';
		expect(weightOf(snow, '10,000')).toBeLessThan(weightOf(snow, '315'));
	});

	it('weighs how far a place lies from another below a distance travelled', () => {
		const travelled = weightOf('The expedition covered about 240 kilometres in its first week.', '240 kilometres');
		expect(weightOf('Louis Braille was born in Coupvray, a village about 40 kilometres east of Paris.', '40 kilometres')).toBeLessThan(travelled);
		expect(weightOf('In the city of Yakima, about 140 kilometres away, streetlights came on at midday.', '140 kilometres')).toBeLessThan(travelled);
	});

	it('weighs one name of a list of three or more people below a name of its own, but not one of a pair', () => {
		const text = 'The relief parties of Alfred Howitt, John McKinlay, William Landsborough and Frederick Walker mapped much of the interior.';
		const own = weightOf('A relief party led by Alfred Howitt found John King in September 1861.', 'Alfred Howitt');
		expect(weightOf(text, 'Alfred Howitt')).toBeLessThan(own);
		expect(weightOf(text, 'John McKinlay')).toBeLessThan(own);
		const pair = 'On 31 August 1980, Alfred Howitt and Deputy Prime Minister Mieczysław Jagielski signed the Gdańsk Agreement.';
		expect(weightOf(pair, 'Alfred Howitt')).toBe(weightOf('On 31 August 1980, Alfred Howitt signed the Gdańsk Agreement.', 'Alfred Howitt'));
	});

	it('weighs a year told in the past perfect as backstory, but not a past verb in a later clause', () => {
		const backstory = weightOf('In 1876 Robert Koch had already made his name by showing that a bacterium caused anthrax.', '1876');
		const story = weightOf('In 1876 Robert Koch made his name by showing that a bacterium caused anthrax.', '1876');
		expect(backstory).toBeLessThan(story);
		const aside = weightOf('In 1929 the observatory hired Clyde Tombaugh, a young astronomer who had sent the staff drawings of Jupiter.', '1929');
		expect(aside).toBe(weightOf('In 1929 the observatory hired Clyde Tombaugh, a young astronomer who sent the staff drawings of Jupiter.', '1929'));
	});

	it('weighs one name inside a list of names below a name of its own', () => {
		const text = 'The company was organised into six chambers, based in Amsterdam, Middelburg, Delft, Rotterdam, Hoorn and Enkhuizen.';
		const own = weightOf('The company built its largest shipyard at Middelburg in Zeeland.', 'Middelburg');
		expect(weightOf(text, 'Middelburg')).toBeLessThan(own);
	});

	it('weighs where someone worked, and the town of that workplace, as their affiliation', () => {
		const text = 'By the early 1880s Robert Koch was working at the Imperial Health Office in Berlin, and he turned to tuberculosis.';
		const affiliation = weightOf(text, 'Imperial Health Office');
		expect(affiliation).toBeLessThan(weightOf('The Imperial Health Office in Berlin banned the sale of the remedy.', 'Imperial Health Office'));
		expect(weightOf(text, 'Berlin')).toBeLessThan(weightOf('Robert Koch moved to Berlin and turned to tuberculosis.', 'Berlin'));
	});

	it('weighs a year that only says which election it was below a year of its own', () => {
		const which = weightOf('Herbert Hoover lost the 1932 election to a rival.', '1932');
		expect(which).toBeLessThan(weightOf('Herbert Hoover lost his seat in 1932 to a rival.', '1932'));
	});

	it('weighs a span between two moments below a span of its own', () => {
		const counted = weightOf('The disease remains a leading killer more than 140 years after Robert Koch first saw its cause.', '140 years');
		const own = weightOf('The two scientists spent about 140 years weakening a strain of the germ in the laboratory.', '140 years');
		expect(counted).toBeLessThan(own);
		const days = weightOf('Just 17 days after the first sighting, William Lassell found its largest moon, Triton.', '17 days');
		expect(days).toBeLessThan(weightOf('The crew spent 17 days in orbit aboard the station.', '17 days'));
	});

	it('weighs a name inside a list of names of several words ("the ____, the United Kingdom and …") below a name of its own', () => {
		const listed = weightOf('The treaty was signed by Norway, South Africa, the Soviet Union, the United Kingdom and the United States.', 'Soviet Union');
		expect(listed).toBeLessThan(weightOf('The treaty was first signed by the Soviet Union in Washington.', 'Soviet Union'));
	});

	it("weighs the rest of a convention's or a protocol's name below a name of its own", () => {
		const rest = weightOf('In 1991 the parties signed the Protocol on Environmental Protection to the Antarctic Treaty.', 'Environmental Protection');
		expect(rest).toBeLessThan(weightOf('In 1991 Environmental Protection became the work of the parties.', 'Environmental Protection'));
	});

	it('weighs a head of state named after the title below one named alone', () => {
		const titled = weightOf('President Franklin D. Roosevelt dedicated the finished structure on 30 September 1935.', 'Franklin D. Roosevelt');
		expect(titled).toBeLessThan(weightOf('Franklin D. Roosevelt dedicated the finished structure on 30 September 1935.', 'Franklin D. Roosevelt'));
	});

	it('never blanks a zero, where a scale starts', () => {
		expect(weightOf('Tiny droplets of pure water can remain liquid far below 0 degrees Celsius, a state called supercooling.', '0 degrees Celsius')).toBe(0);
		expect(
			weightOf('Tiny droplets of pure water can remain liquid far below 40 degrees Celsius, a state called supercooling.', '40 degrees Celsius')
		).toBeGreaterThan(0);
	});

	it('weighs a place whose name goes on in lower case ("the Fra Mauro highlands") as a name, not a name used as an adjective', () => {
		const place = weightOf('The mission was aimed at the Fra Mauro highlands, a hilly region.', 'Fra Mauro');
		const adjective = weightOf('The mission was aimed by Fra Mauro engineers at a hilly region.', 'Fra Mauro');
		expect(place).toBeGreaterThan(adjective);
	});

	it('weighs a number the article keeps writing, and a person whose post the aside gives at once, as guessed', () => {
		const often = 'Wales chose 20mph. Critics hated 20mph. Drivers slowed to 20mph. Few signs provoke fury like the number 20 inside a red circle.';
		expect(weightOf(often, '20')).toBeLessThan(weightOf('Few signs provoke fury like the number 20 inside a red circle.', '20'));
		const post = weightOf('Rishi Sunak, then prime minister, seized on the row.', 'Rishi Sunak');
		expect(post).toBeLessThan(weightOf('Rishi Sunak, a former banker, seized on the row.', 'Rishi Sunak'));
	});

	it('weighs one end of a change, and the year of one end, below a number told alone; a share that changed is the finding', () => {
		const change = 'Infections in animals fell from 887 in 2023 to 671 in 2024.';
		expect(weightOf(change, '887')).toBeLessThan(weightOf('Infections in animals reached 887 in 2023.', '887'));
		expect(weightOf(change, '2023')).toBeLessThan(weightOf('Infections in animals reached 887 in 2023.', '2023'));
		expect(weightOf(change, '2024')).toBeLessThan(weightOf('Infections in animals reached 671 in 2024.', '2024'));
		expect(weightOf('New Jersey raised its minimum wage from $4.25 to $5.05 an hour.', '$5.05')).toBeLessThan(
			weightOf('New Jersey set its minimum wage at $5.05 an hour.', '$5.05')
		);
		const share = 'In Mississippi, Black registration rose from 6.7 percent in 1964 to 59.8 percent in 1967.';
		expect(weightOf(share, '6.7 percent')).toBe(weightOf('In Mississippi, Black registration stood at 6.7 percent in 1964.', '6.7 percent'));
	});

	it('weighs minutes and seconds below hours', () => {
		const orbit = weightOf('The older instrument circles Earth about every 95 minutes.', '95 minutes');
		expect(orbit).toBeLessThan(weightOf('The older instrument circles Earth about every 95 hours.', '95 hours'));
	});

	it('weighs either of a pair named by their trade below a pair named by what they did', () => {
		const historians = 'In the 1970s, talking with the historians Henry Reynolds and Noel Loos, he was stunned.';
		const work = 'The vaccines rested on decades of work by Henry Reynolds and Noel Loos.';
		expect(weightOf(historians, 'Henry Reynolds')).toBeLessThan(weightOf(work, 'Henry Reynolds'));
		expect(weightOf(historians, 'Noel Loos')).toBeLessThan(weightOf(work, 'Noel Loos'));
		const detectives = 'Two detectives, Carroll Cooley and Wilfred Young, then took him to an interrogation room.';
		expect(weightOf(detectives, 'Carroll Cooley')).toBeLessThan(weightOf('Carroll Cooley and Wilfred Young then took him to a room.', 'Carroll Cooley'));
	});
});
